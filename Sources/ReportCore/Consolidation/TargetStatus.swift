/// A target's standing, and the rules that decide it — all of them here.
///
/// - A cumulative target (FDI capital, projects started) is **Vượt** above plan,
///   **Đạt** at plan; before its deadline it is **Đúng tiến độ** when the share
///   achieved is at least the share of the year's data window that has passed,
///   else **Chậm tiến độ**; once the deadline has passed it is **Chưa đạt**.
///   A count target reached after its deadline is **Đạt (trễ hạn)**.
/// - A state target (III.2, a share of zones) is **Đạt** at or above plan and
///   **Chưa đạt** below it, whatever the date.
/// - A milestone (III.3) done by its deadline is **Đạt**, done after it **Đạt
///   (trễ hạn)**; not done, it is **Đúng tiến độ** until the deadline and
///   **Quá hạn** after it.
public enum TargetStatus: Hashable, Sendable, CaseIterable {
    /// Vượt
    case exceeded
    /// Đạt
    case reached
    /// Đạt (trễ hạn)
    case reachedLate
    /// Đúng tiến độ
    case onTrack
    /// Chậm tiến độ
    case behind
    /// Quá hạn
    case overdue
    /// Chưa đạt
    case notReached

    /// Whether the status is good news, for colouring.
    public var isGood: Bool { [.exceeded, .reached, .onTrack].contains(self) }
    public var isBad: Bool { [.behind, .overdue, .notReached].contains(self) }

    /// A cumulative target: achieved against plan, given the time elapsed.
    public static func cumulative(
        achieved: Double, plan: Double, elapsedShare: Double, cutoff: Day, deadline: Day, reachedOn: Day? = nil
    ) -> TargetStatus {
        if achieved > plan { return .exceeded }
        if achieved >= plan {
            if let reachedOn, reachedOn > deadline { return .reachedLate }
            return .reached
        }
        if cutoff > deadline { return .notReached }
        return achieved / plan >= elapsedShare ? .onTrack : .behind
    }

    /// A state that must hold: reached or not.
    public static func state(achieved: Double, plan: Double) -> TargetStatus {
        achieved >= plan ? .reached : .notReached
    }

    /// A dated milestone.
    public static func milestone(doneOn: Day?, cutoff: Day, deadline: Day) -> TargetStatus {
        if let doneOn { return doneOn <= deadline ? .reached : .reachedLate }
        return cutoff > deadline ? .overdue : .onTrack
    }
}

/// Whether a task keeps to its deadline (tiến độ thời gian).
public enum Timeliness: Hashable, Sendable, CaseIterable {
    /// Đúng hạn: finished on or before the deadline.
    case onTime
    /// Quá hạn: finished after the deadline, or not finished and the deadline has passed.
    case late
    /// Trong hạn: not finished, deadline still ahead.
    case withinDeadline

    public static func of(status: TaskStatus?, completed: Day?, due: Day, cutoff: Day) -> Timeliness? {
        if status == .done {
            guard let completed else { return nil }
            return completed <= due ? .onTime : .late
        }
        return cutoff > due ? .late : (status == nil ? nil : .withinDeadline)
    }
}
