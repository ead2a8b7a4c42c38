extension RowReading {
    /// A certificate event: a known event type, a valid date, a zone of the plan,
    /// FDI in USD and DDI in đồng, a non-negative amount.
    mutating func certificateEvent() -> CertificateEventRow? {
        let common = unitAndPeriod()
        var certificate = required(.certificate)
        if let text = certificate, Self.isScientific(text) {
            report(.certificateScientific(text), column: .certificate)
            certificate = nil
        }
        var event: EventType?
        if let text = required(.event) {
            if let reading = file.cache.event(text) {
                event = reading.value
                noteReading(reading, of: text, .event)
            } else {
                report(.eventTypeInvalid(text), column: .event)
            }
        }
        var eventDate: Day?
        if has(.eventDate) { eventDate = date(.eventDate) } else { _ = required(.eventDate) }
        var zone: String?
        if let text = required(.zone) {
            zone = file.cache.zoneCode(text, file.lookup)
            if zone == nil {
                report(
                    .zoneUnknown(text, suggestion: TextKey.closest(to: text, among: file.lookup.zoneNames)),
                    column: .zone)
            }
        }
        var source: CapitalSource?
        if let text = required(.source) {
            if let reading = file.cache.source(text) {
                source = reading.value
                noteReading(reading, of: text, .source)
            } else {
                report(.capitalSourceInvalid(text), column: .source)
            }
        }
        let country = text(.country)
        if source == .fdi && country.isEmpty { report(.countryMissing, column: .country, value: "") }
        let money = capital(event: event, source: source)
        if let eventDate, let common { checkWindow(eventDate, period: common.period) }
        guard !rejected, let common, let certificate, let event, let eventDate, let zone, let source, let money
        else { return nil }
        return CertificateEventRow(
            source: self.source, unit: common.unit, period: common.period, certificate: certificate, event: event,
            date: eventDate, project: text(.project), investor: text(.investor), country: country, zone: zone,
            capitalSource: source, amount: money.amount, currency: money.currency, reportAmount: money.reportAmount)
    }

    /// The amount and its unit, from the capital cell, the unit column and the header.
    private mutating func capital(event: EventType?, source: CapitalSource?)
        -> (amount: Double, currency: CurrencyUnit, reportAmount: Double)?
    {
        let raw = text(.capital)
        if raw.isEmpty {
            // A termination may carry no amount.
            if event == .termination {
                return (0, columnCurrency(silent: true) ?? (source == .ddi ? .billionVND : .millionUSD), 0)
            }
            report(.valueRequired(.capital), column: .capital, value: "")
            return nil
        }
        // A number cell holds the amount alone; its unit is the column's.
        var typedAmount: Double?
        if case .number(let value)? = typed(.capital) { typedAmount = value }
        guard let (numberText, written) = typedAmount != nil ? (Substring(raw), nil) : CurrencyUnit.split(raw) else {
            report(.numberInvalid(.capital), column: .capital)
            return nil
        }
        // A unit in the cell is explicit; it conflicts only with the row's own unit
        // column, and overrides a unit the header gives the whole column. A scale
        // in the cell for the column's own currency (`120 tỷ` in a column of đồng)
        // says the same thing more precisely.
        let column = columnCurrency(silent: false)
        if let written, let column, written != column, !text(.currency).isEmpty,
            !(column.factor == 1 && written.isUSD == column.isUSD)
        {
            report(.currencyConflict(value: written, column: column), column: .capital)
            return nil
        }
        guard let currency = written ?? column else {
            if text(.currency).isEmpty && match.currencyInHeader == nil {
                report(.valueRequired(.currency), column: .currency, value: "")
            }
            return nil
        }
        guard var amount = typedAmount ?? number(.capital, text: numberText) else { return nil }
        // A decrease written as accountants write one, `(2.000)` or `-2000`: the sign says what the type says.
        if amount < 0, event == .capitalDecrease || event == .termination { amount = -amount }
        if amount < 0 {
            report(.capitalNegative, column: .capital)
            return nil
        }
        if amount == 0, event?.countsAsAttracted == true { report(.capitalZero, column: .capital) }
        switch source {
        case .fdi? where !currency.isUSD:
            report(.fdiInVnd(currency), column: text(.currency).isEmpty ? .capital : .currency)
            return nil
        case .ddi? where currency.isUSD:
            report(.ddiInUsd(currency), column: text(.currency).isEmpty ? .capital : .currency)
            return nil
        default: break
        }
        let reportUnit: CurrencyUnit = currency.isUSD ? .millionUSD : .billionVND
        let reportAmount = currency == reportUnit ? amount : amount * currency.factor / reportUnit.factor
        return (amount, currency, reportAmount)
    }

    /// The unit from the Đơn vị tính column, else from the capital header.
    private mutating func columnCurrency(silent: Bool) -> CurrencyUnit? {
        let written = text(.currency)
        if written.isEmpty { return match.currencyInHeader }
        if let unit = file.cache.currency(written) { return unit }
        if !silent { report(.currencyUnknown(written), column: .currency) }
        return nil
    }

    /// An event dated outside its period's data window is counted by its date.
    private mutating func checkWindow(_ day: Day, period: ReportingPeriod) {
        let calendar = file.calendar
        let window = (period == file.period ? file.periodWindow : nil) ?? calendar.window(of: period)
        guard !window.contains(day) else { return }
        let (year, month) = calendar.month(containing: day)
        if year != file.lookup.plan.year {
            report(.eventOtherYear(date: day, planYear: file.lookup.plan.year), column: .eventDate)
        } else {
            let counted = ReportingPeriod(year: year, span: .month(month))
            report(
                .eventOutsideWindow(date: day, period: period, window: window, countedIn: counted),
                column: .eventDate)
        }
    }

    /// `2.11099E+09`: how Excel shows a long number in a narrow or General
    /// cell — and writes it to CSV, its last digits gone.
    static func isScientific(_ text: String) -> Bool {
        // On the bytes, allocation-free: it runs on every row.
        let bytes = text.utf8
        guard let e = bytes.firstIndex(where: { $0 | 0x20 == UInt8(ascii: "e") }) else { return false }
        let mantissa = bytes[..<e]
        var exponent = bytes[bytes.index(after: e)...]
        if exponent.first == UInt8(ascii: "+") { exponent = exponent.dropFirst() }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        guard let first = mantissa.first, isDigit(first),
            mantissa.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") })
        else { return false }
        return !exponent.isEmpty && exponent.allSatisfy(isDigit)
    }
}
