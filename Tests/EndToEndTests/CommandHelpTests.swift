import Foundation
import TestSupport
import Testing

/// `--help` of the tool and of each verb, whole: what a user reads before running anything.
@Suite struct CommandHelpTests {
    @Test func theToolHelp() throws {
        let result = try Command.run(khth, ["--help"])
        expect(
            result, status: 0,
            output: """
                OVERVIEW: Tổng hợp báo cáo tiến độ thực hiện kế hoạch năm của Ban Quản lý Khu
                kinh tế Hải Phòng.

                Mã thoát: 0 — không có lỗi (có thể có cảnh báo); 1 — đầu vào có lỗi; 3 — tệp kế
                hoạch có lỗi; 4 — không đọc được đầu vào hoặc không ghi được kết quả; 64 — lệnh
                gõ sai.

                USAGE: khth <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  report (default)        Đọc các tệp báo cáo, kiểm tra, tổng hợp và ghi bảng
                                          tổng hợp (.xlsx).
                  validate                Chỉ kiểm tra các tệp báo cáo (không ghi bảng tổng
                                          hợp); in mọi lỗi, cảnh báo.
                  plan                    Xuất kế hoạch có sẵn (554/KH-BQL) ra tệp YAML để sửa
                                          cho năm sau.
                  templates               Tạo mẫu báo cáo trống cho từng đơn vị: tệp CSV và tệp
                                          Excel có danh sách chọn.

                  See 'khth help <subcommand>' for detailed help.

                """)
    }

    @Test func reportHelp() throws {
        let result = try Command.run(khth, ["report", "--help"])
        expect(
            result, status: 0,
            output: """
                OVERVIEW: Đọc các tệp báo cáo, kiểm tra, tổng hợp và ghi bảng tổng hợp (.xlsx).

                Bảng vẫn được ghi khi đầu vào có lỗi, không tính các dòng lỗi. Mã thoát: 0 —
                không có lỗi (có thể có cảnh báo); 1 — đầu vào có lỗi; 3 — tệp kế hoạch có lỗi;
                4 — không đọc được đầu vào hoặc không ghi được kết quả; 64 — lệnh gõ sai.

                USAGE: khth report [--inputs <inputs>] [--period <period>] [--plan <plan>] [--all] [--outputs <outputs>] [--mode <mode>]

                OPTIONS:
                  --inputs <inputs>       Thư mục chứa các tệp báo cáo của đơn vị. (default:
                                          inputs)
                  --period <period>       Kỳ báo cáo, ví dụ 2023-Q1, 2023-03, 2023-H1, 2023-9M,
                                          2023 (mặc định: kỳ mới nhất có báo cáo).
                  --plan <plan>           Tệp kế hoạch (YAML) thay cho Kế hoạch 554/KH-BQL có
                                          sẵn; tạo bằng lệnh `khth plan`.
                  --all                   Liệt kê mọi tệp và mọi thông báo, kể cả thông tin.
                  --outputs <outputs>     Thư mục ghi bảng tổng hợp và phản hồi cho đơn vị.
                                          (default: outputs)
                  --mode <mode>           Cách ghi bảng: constant-memory (ghi dần từng dòng,
                                          nhanh, bộ nhớ không tăng) hoặc normal (giữ cả bảng
                                          đến cuối để «Dự án» là một Excel Table; chỉ nên dùng
                                          cho đầu vào nhỏ). (values: constant-memory, normal;
                                          default: constant-memory)
                  -h, --help              Show help information.


                """)
    }

    @Test func validateHelp() throws {
        let result = try Command.run(khth, ["validate", "--help"])
        expect(
            result, status: 0,
            output: """
                OVERVIEW: Chỉ kiểm tra các tệp báo cáo (không ghi bảng tổng hợp); in mọi lỗi,
                cảnh báo.

                Mã thoát: 0 — không có lỗi (có thể có cảnh báo); 1 — đầu vào có lỗi; 3 — tệp kế
                hoạch có lỗi; 4 — không đọc được đầu vào hoặc không ghi được kết quả; 64 — lệnh
                gõ sai.

                USAGE: khth validate [--inputs <inputs>] [--period <period>] [--plan <plan>] [--all]

                OPTIONS:
                  --inputs <inputs>       Thư mục chứa các tệp báo cáo của đơn vị. (default:
                                          inputs)
                  --period <period>       Kỳ báo cáo, ví dụ 2023-Q1, 2023-03, 2023-H1, 2023-9M,
                                          2023 (mặc định: kỳ mới nhất có báo cáo).
                  --plan <plan>           Tệp kế hoạch (YAML) thay cho Kế hoạch 554/KH-BQL có
                                          sẵn; tạo bằng lệnh `khth plan`.
                  --all                   Liệt kê mọi tệp và mọi thông báo, kể cả thông tin.
                  -h, --help              Show help information.


                """)
    }

    @Test func planHelp() throws {
        let result = try Command.run(khth, ["plan", "--help"])
        expect(
            result, status: 0,
            output: """
                OVERVIEW: Xuất kế hoạch có sẵn (554/KH-BQL) ra tệp YAML để sửa cho năm sau.

                USAGE: khth plan [--output <output>] [--force]

                OPTIONS:
                  -o, --output <output>   Tệp sẽ ghi. (default: ke-hoach-554-KH-BQL.yaml)
                  --force                 Ghi đè nếu tệp đã có.
                  -h, --help              Show help information.


                """)
    }

    @Test func templatesHelp() throws {
        let result = try Command.run(khth, ["templates", "--help"])
        expect(
            result, status: 0,
            output: """
                OVERVIEW: Tạo mẫu báo cáo trống cho từng đơn vị: tệp CSV và tệp Excel có danh
                sách chọn.

                USAGE: khth templates [--output <output>] [--plan <plan>]

                OPTIONS:
                  -o, --output <output>   Thư mục sẽ ghi các mẫu (tệp cùng tên được ghi đè).
                                          (default: outputs/mau-bao-cao)
                  --plan <plan>           Tệp kế hoạch (YAML) thay cho Kế hoạch 554/KH-BQL có
                                          sẵn; tạo bằng lệnh `khth plan`.
                  -h, --help              Show help information.


                """)
    }
}
