extension Plan {
    /// Plan 554/KH-BQL, parsed from `defaultPlanText`. A test keeps that text valid.
    public static let default554: Plan = {
        do {
            return try PlanFile.parse(defaultPlanText, file: "kế hoạch mặc định")
        } catch {
            fatalError("the embedded plan does not parse: \(error)")
        }
    }()
}
