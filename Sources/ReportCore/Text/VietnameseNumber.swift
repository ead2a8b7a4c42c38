import Foundation

/// Number formatting for Vietnamese text: `.` groups thousands, `,` marks decimals.
public enum VietnameseNumber {
    public static func format(_ value: Double, maxFractionDigits: Int = 6) -> String {
        guard value.isFinite else { return "\(value)" }
        var digitsAfter = maxFractionDigits
        while digitsAfter > 0 && abs(value) * pow(10, Double(digitsAfter)) >= 9e18 { digitsAfter -= 1 }
        let scaled = (abs(value) * pow(10, Double(digitsAfter))).rounded()
        guard scaled < 9e18 else { return "\(value)" }
        let digits = String(Int64(scaled))
        let padded = String(repeating: "0", count: max(0, digitsAfter + 1 - digits.count)) + digits
        let whole = padded.dropLast(digitsAfter)
        let fraction = padded.suffix(digitsAfter).reversed().drop { $0 == "0" }.reversed()
        var grouped = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return sign + grouped + (fraction.isEmpty ? "" : "," + String(fraction))
    }
}
