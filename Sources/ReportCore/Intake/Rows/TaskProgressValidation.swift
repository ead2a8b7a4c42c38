extension RowReading {
    /// A task progress row: the task from the plan, a status from the list, a
    /// percentage within 0–100, and a completion date for finished tasks.
    mutating func taskProgress() -> TaskProgressRow? {
        let common = unitAndPeriod()
        var task: String?
        if let text = required(.task) {
            if let found = file.cache.task(text, file.lookup) {
                task = found.code
            } else if let code = TaskCode.sectionless(text), let found = file.lookup.task(code) {
                task = found.code
                report(.taskCodeRead(written: text, read: found.code), column: .task)
            } else {
                // Every task sits in section II: `1.a` and `2.1.a` mean II.1.a — suggested, not assumed.
                let sectionless = ["II." + text, text.hasPrefix("2.") ? "II." + text.dropFirst(2) : ""]
                let codes = file.lookup.plan.allTaskItems.map(\.code)
                let lookup = file.lookup
                let suggestion =
                    sectionless.compactMap { lookup.task($0)?.code }.first
                    ?? TextKey.closest(to: text, among: codes)
                report(.taskUnknown(text, suggestion: suggestion), column: .task)
            }
        }
        var status: TaskStatus?
        if let text = required(.status) {
            if let reading = file.cache.status(text) {
                status = reading.value
                noteReading(reading, of: text, .status)
            } else {
                report(.statusInvalid(text), column: .status)
            }
        }
        var percent: Double?
        let percentText = text(.percent)
        if !percentText.isEmpty {
            var (digits, percentSign) = PercentEvidence.number(in: percentText)
            // A cell formatted as a percentage holds a fraction: 0.35 shown as 35 %.
            var typedValue: Double?
            switch typed(.percent) {
            case .percent(let fraction)?:
                typedValue = PercentEvidence.percentage(ofFraction: fraction)
                percentSign = true
            case .number(let number)?:
                typedValue = number
                percentSign = false
                digits = Substring(percentText)
            default: break
            }
            if typedValue == nil, case .invalid = NumberReading.read(digits) {
                report(.percentInvalid(percentText), column: .percent)
            } else if var value = typedValue ?? number(.percent, text: digits) {
                if !percentSign && file.percentEvidence.writesFractions {
                    value = PercentEvidence.percentage(ofFraction: value)
                } else if PercentEvidence.isFraction(value, percentSign: percentSign) {
                    report(.percentBelowOne(value), column: .percent)
                }
                if (0...100).contains(value) {
                    percent = value
                } else {
                    report(.percentOutOfRange(value), column: .percent)
                }
            }
        }
        let due = deadline()
        let completedText = text(.completed)
        let completed = date(.completed)
        if status == .done && completed == nil && completedText.isEmpty {
            report(.doneWithoutDate, column: .completed, value: "")
        }
        if status == .done, let percent, percent < 100 { report(.donePercentBelow100(percent), column: .percent) }
        if let status, status != .done, completed != nil { report(.completionDateNotDone(status), column: .completed) }
        guard !rejected, let common, let task, let status else { return nil }
        return TaskProgressRow(
            source: source, unit: common.unit, period: common.period, task: task, status: status, percent: percent,
            results: text(.results), difficulties: text(.difficulties), proposals: text(.proposals), due: due,
            completed: completed)
    }

    /// `Hạn hoàn thành`: a day, or a period copied from the plan ("Tháng 6/2023",
    /// "Quý II/2023"), due by its last day.
    mutating func deadline() -> Day? {
        let value = text(.due)
        if !value.isEmpty, case .unreadable = file.cache.date(value), let period = file.cache.period(value) {
            return Day.endOf(month: period.months.upperBound, year: period.year)
        }
        return date(.due)
    }
}
