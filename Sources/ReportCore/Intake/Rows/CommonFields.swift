extension RowReading {
    /// The unit and period every kind starts with, checked against the plan and
    /// against the file's own unit and period.
    mutating func unitAndPeriod() -> (unit: String, period: ReportingPeriod)? {
        let lookup = file.lookup
        var unit: String?
        if let text = required(.unit) {
            if let found = file.cache.unitCode(text, lookup) {
                unit = found
                self.unit = found
            } else {
                let suggestion = TextKey.closest(to: text, among: lookup.unitCodes)
                report(.unitUnknown(text, suggestion: suggestion, codes: lookup.unitCodes), column: .unit)
            }
        }
        var period: ReportingPeriod?
        if let text = required(.period) {
            if let found = file.cache.period(text) {
                if found.year != lookup.plan.year {
                    report(.periodOtherYear(found, planYear: lookup.plan.year), column: .period)
                } else {
                    period = found
                }
            } else {
                report(.periodInvalid(text), column: .period)
            }
        }
        guard let unit, let period else { return nil }
        if let fileUnit = file.unit, fileUnit != unit {
            report(.rowUnitDiffers(row: unit, file: fileUnit), column: .unit)
        }
        if let filePeriod = file.period, filePeriod != period {
            report(.rowPeriodDiffers(row: period, file: filePeriod), column: .period)
        }
        return (unit, period)
    }

    var source: SourceLine { SourceLine(file: file.name, sheet: file.sheet, line: record.line) }
}
