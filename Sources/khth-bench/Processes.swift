import Foundation

/// One program run as its own process, timed by the wall clock and measured
/// by its own peak resident memory (`wait4`'s rusage: this child, no other).
struct Run {
    let seconds: Double
    /// Peak resident set, bytes.
    let peakBytes: Int
    let status: Int32
    let output: String

    var megabytes: Double { Double(peakBytes) / 1_000_000 }

    /// Runs `program` with `arguments`; its output (both streams) is kept.
    static func of(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("khth-bench-run-\(getpid()).log")
        defer { unlink(log.path) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0)=\($1)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(start)
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Run(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: exit, output: output)
    }

    /// Runs it and insists it succeeded.
    static func succeeding(_ program: String, _ arguments: [String]) throws -> Run {
        let run = try of(program, arguments)
        guard run.status == 0 else {
            throw BenchError("\(program) \(arguments.joined(separator: " ")) exited \(run.status):\n\(run.output)")
        }
        return run
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
