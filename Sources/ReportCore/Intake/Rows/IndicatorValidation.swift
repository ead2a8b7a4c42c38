extension RowReading {
    /// An indicator row: a target of the plan measured from rows (not III.1), a
    /// subject of that target, a result from its list, and a date for achievements.
    mutating func indicator() -> IndicatorRow? {
        let common = unitAndPeriod()
        var target: Target?
        if let text = required(.target) {
            target = file.lookup.target(text)
            if target == nil {
                report(.targetUnknown(text), column: .target)
            } else if target!.measure == .fdiCapital {
                report(.targetComputed(target!.code), column: .target)
                target = nil
            }
        }
        var subject: String?
        let subjectText = text(.subject)
        if let target {
            switch target.measure {
            case .compliantZoneShare:
                if let text = required(.subject) {
                    if let zone = file.cache.zone(text, file.lookup) {
                        subject = zone.code
                        if zone.kind != .industrialZone || zone.state != .operating {
                            report(.zoneNotOperating(zone.name), column: .subject)
                        }
                    } else {
                        report(
                            .zoneUnknown(text, suggestion: TextKey.closest(to: text, among: file.lookup.zoneNames)),
                            column: .subject)
                    }
                }
            default:
                if let found = file.lookup.subject(subjectText, of: target) {
                    subject = found.code
                } else if subjectText.isEmpty {
                    report(.valueRequired(.subject), column: .subject, value: "")
                } else {
                    report(
                        .subjectUnknown(subjectText, target: target.code, choices: target.subjects.map(\.name)),
                        column: .subject)
                }
            }
        }
        var result: IndicatorResult?
        if let text = required(.result), let target {
            let choices = IndicatorResult.choices(for: target.measure)
            let reading = ListReading(key: IndicatorResult.key(for: text), aliases: IndicatorResult.aliases)
                .flatMap { choices.contains($0.value) ? $0 : nil }
            result = reading?.value
            if let reading {
                noteReading(reading, of: text, .result, list: choices.map(\.rawValue))
            } else {
                let choices = IndicatorResult.choices(for: target.measure).map(\.rawValue)
                report(.resultInvalid(text, choices: choices), column: .result)
            }
        }
        let day = date(.date)
        if let result, result.isAchieved, target?.measure != .compliantZoneShare, day == nil, text(.date).isEmpty {
            report(.resultWithoutDate(result), column: .date, value: "")
        }
        guard !rejected, let common, let target, let subject, let result else { return nil }
        return IndicatorRow(
            source: source, unit: common.unit, period: common.period, target: target.code,
            subject: subject, result: result, date: day, note: text(.note))
    }
}
