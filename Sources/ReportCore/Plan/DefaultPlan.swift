extension Plan {
    /// Plan 554/KH-BQL of 03/02/2023, as the plan file an officer edits: the text
    /// `khth plan` exports, comments included, and the plan used when no file is given.
    public static let defaultPlanText = #"""
        # =============================================================================
        #  KẾ HOẠCH 554/KH-BQL NGÀY 03/02/2023 — DỮ LIỆU CHO CÔNG CỤ TỔNG HỢP BÁO CÁO
        # =============================================================================
        # Tệp này mô tả kế hoạch năm để công cụ tổng hợp báo cáo của Phòng Kế hoạch
        # tổng hợp (KHTH) đối chiếu các báo cáo của đơn vị. Sang năm mới, sao chép tệp,
        # sửa nội dung rồi chạy:   make report PLAN=ten-tep.yaml
        #
        # Cách sửa (mở bằng Notepad hoặc bất kỳ trình soạn thảo nào, lưu dạng UTF-8):
        #   - Mỗi dòng có dạng  "tên mục: giá trị". Giữ nguyên tên mục (bên trái dấu :).
        #   - Thụt lề bằng dấu cách (không dùng phím Tab); các mục cùng cấp thẳng hàng.
        #   - Dòng bắt đầu bằng "- " là một phần tử trong danh sách.
        #   - Giá trị có dấu ":" hoặc "#" thì đặt trong ngoặc kép "...".
        #   - Ngày viết dd/mm/yyyy. Dòng bắt đầu bằng "#" là ghi chú, không ảnh hưởng.
        # Nếu tệp sai, công cụ báo rõ dòng, cột và cách sửa; không có gì bị đoán.
        # =============================================================================

        van_ban:
          so: 554/KH-BQL
          ngay: 03/02/2023
          nam: 2023
          trich_yeu: Triển khai thực hiện nhiệm vụ năm 2023 thực hiện Chỉ thị số 02/CT-UBND ngày 19/01/2023 của Ủy ban nhân dân thành phố
          co_quan_cap_tren: UBND THÀNH PHỐ HẢI PHÒNG
          co_quan: BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG
          don_vi_tong_hop: Phòng Kế hoạch tổng hợp
          dia_danh: Hải Phòng
          noi_nhan:
            - UBND thành phố (để báo cáo)
            - Sở Kế hoạch và Đầu tư (để tổng hợp)
            - Lãnh đạo Ban
            - Lưu VT, KHTH
          nguoi_lap: NGƯỜI LẬP BIỂU
          nguoi_duyet: TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP

        # Lịch báo cáo.
        #   khung_so_lieu: nghi_dinh_09      — theo Nghị định 09/2019/NĐ-CP: tháng tính từ
        #                                      ngày 15 tháng trước đến ngày 14 tháng báo cáo;
        #                  thang_duong_lich  — từ ngày 1 đến hết tháng (như báo cáo thống kê).
        #   han_nop_ngay_lam_viec: số ngày làm việc sau ngày chốt số liệu mà đơn vị phải gửi
        #                          báo cáo (ít nhất 1).
        #   ngay_nghi: ngày nghỉ lễ, Tết rơi vào ngày thường (không tính là ngày làm việc khi
        #              đếm hạn nộp); "lam_bu": thứ Bảy, Chủ nhật phải đi làm bù (nếu có).
        #              Ghi một ngày hoặc một khoảng "từ ngày - đến ngày". Sửa lại mỗi năm theo
        #              thông báo nghỉ lễ, Tết của năm kế hoạch.
        lich_bao_cao:
          khung_so_lieu: nghi_dinh_09
          han_nop_ngay_lam_viec: 2
          ngay_nghi:
            nguon: "Bộ luật Lao động 2019 (Điều 112); Công văn 8056/VPCP-KGVX ngày 01/12/2022 về nghỉ Tết Âm lịch và Quốc khánh năm 2023"
            ngay:
              - 02/01/2023                # nghỉ bù Tết Dương lịch (01/01/2023 là Chủ nhật)
              - 20/01/2023 - 26/01/2023   # Tết Nguyên đán Quý Mão
              - 29/04/2023 - 03/05/2023   # Giỗ Tổ Hùng Vương, 30/4, 1/5 và các ngày nghỉ bù
              - 01/09/2023 - 04/09/2023   # Quốc khánh
            lam_bu: []

        # Đơn vị báo cáo. "ma" là mã ngắn không dấu mà đơn vị ghi ở cột "Mã đơn vị".
        # "bao_cao" ghi loại báo cáo đơn vị phải gửi và các kỳ:
        #   loại: tien_do (tiến độ nhiệm vụ), du_an (dự án đầu tư), chi_tieu (chỉ tiêu)
        #   kỳ:   thang, quy, 6_thang, 9_thang, nam
        don_vi:
          - ma: VP
            ten: Văn phòng Ban Quản lý
            nhom: Văn phòng
            bao_cao:
              tien_do: [thang, quy, 6_thang, 9_thang, nam]
          - ma: KHTH
            ten: Phòng Kế hoạch tổng hợp
            nhom: Phòng chuyên môn
            bao_cao: {}
          - ma: QLDT
            ten: Phòng Quản lý đầu tư
            nhom: Phòng chuyên môn
            bao_cao:
              tien_do: [thang, quy, 6_thang, 9_thang, nam]
              du_an: [thang]
          - ma: QHXD
            ten: Phòng Quản lý quy hoạch và xây dựng
            nhom: Phòng chuyên môn
            bao_cao:
              tien_do: [thang, quy, 6_thang, 9_thang, nam]
              chi_tieu: [quy, 6_thang, 9_thang, nam]
          - ma: TNMT
            ten: Phòng Quản lý tài nguyên và môi trường
            nhom: Phòng chuyên môn
            bao_cao:
              tien_do: [thang, quy, 6_thang, 9_thang, nam]
              chi_tieu: [quy, 6_thang, 9_thang, nam]
          - ma: DNLD
            ten: Phòng Quản lý doanh nghiệp và lao động
            nhom: Phòng chuyên môn
            bao_cao:
              tien_do: [thang, quy, 6_thang, 9_thang, nam]
          - ma: TTR
            ten: Thanh tra Ban Quản lý
            nhom: Thanh tra
            bao_cao:
              tien_do: [thang, quy, 6_thang, 9_thang, nam]
          - ma: TTXT
            ten: Trung tâm Hỗ trợ doanh nghiệp và Xúc tiến đầu tư
            nhom: Đơn vị sự nghiệp
            ten_khac: [TTHTDN]
            bao_cao:
              tien_do: [thang, quy, 6_thang, 9_thang, nam]

        # Khu kinh tế (KKT) và khu công nghiệp (KCN).
        #   trang_thai: dang_hoat_dong | dang_xay_dung | thanh_lap_moi
        #   Chỉ tiêu III.2 tính trên các KCN "dang_hoat_dong".
        #   ten_khac: những cách gọi ngắn mà đơn vị hay ghi (không cần ghi biến thể
        #             hoa/thường, có dấu/không dấu — công cụ tự bỏ qua khác biệt đó).
        khu:
          - ma: DVCH
            ten: Khu kinh tế Đình Vũ - Cát Hải
            loai: KKT
            trang_thai: dang_hoat_dong
            ten_khac: [KKT Đình Vũ - Cát Hải, KKT DVCH]
          - ma: DINHVU
            ten: KCN Đình Vũ
            loai: KCN
            trang_thai: dang_hoat_dong
          - ma: NOMURA
            ten: KCN Nomura - Hải Phòng
            loai: KCN
            trang_thai: dang_hoat_dong
            ten_khac: [KCN Nomura]
          - ma: DOSON
            ten: KCN Đồ Sơn
            loai: KCN
            trang_thai: dang_hoat_dong
            ten_khac: [KCN Đồ Sơn Hải Phòng]
          - ma: TRANGDUE
            ten: KCN Tràng Duệ
            loai: KCN
            trang_thai: dang_hoat_dong
          - ma: VSIP
            ten: KCN VSIP Hải Phòng
            loai: KCN
            trang_thai: dang_hoat_dong
            ten_khac: [KCN VSIP]
          - ma: NAMCAUKIEN
            ten: KCN Nam Cầu Kiền
            loai: KCN
            trang_thai: dang_hoat_dong
          - ma: MPDINHVU
            ten: KCN MP Đình Vũ
            loai: KCN
            trang_thai: dang_hoat_dong
          - ma: NAMDINHVU1
            ten: KCN Nam Đình Vũ (khu 1)
            loai: KCN
            trang_thai: dang_hoat_dong
            ten_khac: [KCN Nam Đình Vũ 1]
          - ma: ANDUONG
            ten: KCN An Dương
            loai: KCN
            trang_thai: dang_hoat_dong
          - ma: NAMDINHVU2
            ten: KCN Nam Đình Vũ (khu 2)
            loai: KCN
            trang_thai: dang_xay_dung
            ten_khac: [KCN Nam Đình Vũ 2]
          - ma: TIENTHANH
            ten: KCN Tiên Thanh
            loai: KCN
            trang_thai: dang_xay_dung
          - ma: CANGCUANGO
            ten: KCN Cảng cửa ngõ quốc tế Hải Phòng
            loai: KCN
            trang_thai: dang_xay_dung
            ten_khac: [KCN Cảng cửa ngõ]
          - ma: XUANCAU
            ten: KCN và khu phi thuế quan Xuân Cầu
            loai: KCN
            trang_thai: dang_xay_dung
            ten_khac: [KCN Xuân Cầu]
          - ma: NAMTRANGCAT
            ten: KCN Nam Tràng Cát
            loai: KCN
            trang_thai: thanh_lap_moi
          - ma: THUYNGUYEN
            ten: KCN Thủy Nguyên
            loai: KCN
            trang_thai: thanh_lap_moi
            ten_khac: [KCN Thuỷ Nguyên]
          - ma: TRANGDUE3
            ten: KCN Tràng Duệ 3
            loai: KCN
            trang_thai: thanh_lap_moi
          - ma: GIANGBIEN2
            ten: KCN Giang Biên 2
            loai: KCN
            trang_thai: thanh_lap_moi

        # Nhiệm vụ và giải pháp chủ yếu (mục II). Mỗi nhiệm vụ có đơn vị chủ trì và hạn
        # (mặc định 31/12 năm kế hoạch). Nhiệm vụ nêu nhiều đối tượng được chia thành
        # các mục (a, b, c, …) để đơn vị báo cáo riêng từng mục, ví dụ mã II.1.b.
        nhiem_vu:
          - ma: II.1
            noi_dung: Thu hút đầu tư các dự án năng lượng sử dụng công nghệ 4.0, công nghệ sạch tập trung vào công nghiệp điện gió ngoài khơi, điện rác. Hoàn thành các thủ tục thành lập 4 KCN mới; tập trung giải phóng mặt bằng và xây dựng cơ sở hạ tầng tại các KCN
            chu_tri: QLDT
            han: 31/12/2023
            muc:
              - ma: II.1.a
                noi_dung: Thu hút đầu tư các dự án năng lượng sử dụng công nghệ 4.0, công nghệ sạch (điện gió ngoài khơi, điện rác)
                chu_tri: QLDT
              - ma: II.1.b
                noi_dung: Hoàn thành các thủ tục thành lập KCN Nam Tràng Cát
                chu_tri: QHXD
                khu: NAMTRANGCAT
              - ma: II.1.c
                noi_dung: Hoàn thành các thủ tục thành lập KCN Thủy Nguyên
                chu_tri: QHXD
                khu: THUYNGUYEN
              - ma: II.1.d
                noi_dung: Hoàn thành các thủ tục thành lập KCN Tràng Duệ 3
                chu_tri: QHXD
                khu: TRANGDUE3
              - ma: II.1.e
                noi_dung: Hoàn thành các thủ tục thành lập KCN Giang Biên 2
                chu_tri: QHXD
                khu: GIANGBIEN2
              - ma: II.1.g
                noi_dung: Tập trung giải phóng mặt bằng và xây dựng cơ sở hạ tầng KCN Tiên Thanh
                chu_tri: QHXD
                khu: TIENTHANH
              - ma: II.1.h
                noi_dung: Tập trung giải phóng mặt bằng và xây dựng cơ sở hạ tầng KCN Cảng cửa ngõ quốc tế Hải Phòng
                chu_tri: QHXD
                khu: CANGCUANGO
              - ma: II.1.i
                noi_dung: Tập trung giải phóng mặt bằng và xây dựng cơ sở hạ tầng KCN Nam Đình Vũ khu 1
                chu_tri: QHXD
                khu: NAMDINHVU1
              - ma: II.1.k
                noi_dung: Tập trung giải phóng mặt bằng và xây dựng cơ sở hạ tầng KCN Nam Đình Vũ khu 2
                chu_tri: QHXD
                khu: NAMDINHVU2
              - ma: II.1.l
                noi_dung: Tập trung giải phóng mặt bằng và xây dựng cơ sở hạ tầng KCN VSIP
                chu_tri: QHXD
                khu: VSIP
              - ma: II.1.m
                noi_dung: Tập trung giải phóng mặt bằng và xây dựng cơ sở hạ tầng KCN Nam Cầu Kiền
                chu_tri: QHXD
                khu: NAMCAUKIEN
          - ma: II.2
            noi_dung: Xúc tiến thu hút các nhà đầu tư các dự án logistics hiện đại và hiệu quả cao, xây dựng khu dịch vụ logistics cấp quốc gia, xây dựng các bến tiếp theo thuộc Cảng cửa ngõ quốc tế Hải Phòng
            chu_tri: QLDT
            muc:
              - ma: II.2.a
                noi_dung: Xúc tiến thu hút các nhà đầu tư các dự án logistics hiện đại và hiệu quả cao
                chu_tri: QLDT
              - ma: II.2.b
                noi_dung: Xây dựng khu dịch vụ logistics cấp quốc gia
                chu_tri: QHXD
              - ma: II.2.c
                noi_dung: Xây dựng các bến tiếp theo thuộc Cảng cửa ngõ quốc tế Hải Phòng
                chu_tri: QHXD
          - ma: II.3
            noi_dung: Đẩy nhanh xây dựng các dự án nhà ở cho công nhân tại các KCN; xây dựng, phát triển hạ tầng băng thông rộng chất lượng cao trong KCN, KKT
            chu_tri: QHXD
            muc:
              - ma: II.3.a
                noi_dung: Đẩy nhanh xây dựng các dự án nhà ở cho công nhân tại các KCN
                chu_tri: QHXD
              - ma: II.3.b
                noi_dung: Xây dựng, phát triển hạ tầng băng thông rộng chất lượng cao trong KCN, KKT
                chu_tri: QHXD
          - ma: II.4
            noi_dung: Chăm lo đời sống cho công nhân, người lao động trong KCN, KKT; xây dựng cơ chế, chính sách hỗ trợ đối tượng mua nhà hoặc thuê nhà xã hội; phát triển cơ sở lưu trú trong các KCN để giải quyết vấn đề thiếu nhà ở cho công nhân, người lao động
            chu_tri: DNLD
          - ma: II.5
            noi_dung: Xúc tiến hợp tác đầu tư xây dựng các trường phổ thông, cơ sở đại học quốc tế, chất lượng cao
            chu_tri: TTXT
          - ma: II.6
            noi_dung: Số hóa cơ sở dữ liệu đất đai các KCN, KKT; rà soát, xử lý hiệu quả các dự án chậm triển khai, chậm đưa đất vào sử dụng; đẩy mạnh công tác kiểm tra, xử lý vi phạm pháp luật về tài nguyên môi trường
            chu_tri: TNMT
            muc:
              - ma: II.6.a
                noi_dung: Số hóa cơ sở dữ liệu đất đai các KCN, KKT
                chu_tri: TNMT
              - ma: II.6.b
                noi_dung: Rà soát, xử lý hiệu quả các dự án chậm triển khai, chậm đưa đất vào sử dụng
                chu_tri: QLDT
              - ma: II.6.c
                noi_dung: Đẩy mạnh công tác kiểm tra, xử lý vi phạm pháp luật về tài nguyên môi trường
                chu_tri: TNMT
          - ma: II.7
            noi_dung: Đẩy nhanh thực hiện việc sắp xếp, tổ chức bộ máy các phòng chuyên môn và đơn vị sự nghiệp công lập
            chu_tri: VP
          - ma: II.8
            noi_dung: Xây dựng, tổ chức thực hiện chương trình kế hoạch thanh tra, kiểm tra có trọng tâm, trọng điểm tập trung vào những vấn đề xã hội quan tâm, để phát sinh tiêu cực
            chu_tri: TTR
          - ma: II.9
            noi_dung: Tập trung cải thiện chỉ số cải cách hành chính, nâng cao sự hài lòng của các doanh nghiệp, nhà đầu tư
            chu_tri: VP
          - ma: II.10
            noi_dung: Nâng cao chất lượng hỗ trợ và quản lý doanh nghiệp, chống thất thu ngân sách, chống chuyển giá và gian lận thương mại
            chu_tri: DNLD

        # Chỉ tiêu cụ thể (mục III) và cách đo từ số liệu đơn vị gửi (không bao giờ lấy
        # tỷ lệ do đơn vị tự điền):
        #   von_fdi        — tổng vốn FDI đăng ký lũy kế năm = cấp mới + điều chỉnh tăng vốn
        #                    + góp vốn, mua cổ phần (mỗi sự kiện GCNĐKĐT tính một lần),
        #                    từ báo cáo dự án đầu tư; ke_hoach tính bằng triệu USD;
        #   ty_le_kcn_dat  — số KCN đang hoạt động đạt / số KCN đang hoạt động, tính %;
        #   moc_hoan_thanh — đối tượng đã được trình/hoàn thành trước hạn;
        #   khoi_cong      — số dự án (trong danh sách doi_tuong) đã khởi công.
        chi_tieu:
          - ma: III.1
            noi_dung: Thu hút đầu tư trực tiếp nước ngoài
            cach_do: von_fdi
            ke_hoach: 2000
            don_vi_tinh: triệu USD
            han: 31/12/2023
            chu_tri: QLDT
          - ma: III.2
            noi_dung: Tỷ lệ KCN đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường
            cach_do: ty_le_kcn_dat
            ke_hoach: 100
            don_vi_tinh: "%"
            han: 31/12/2023
            chu_tri: TNMT
          - ma: III.3
            noi_dung: Trình Hội đồng nhân dân thành phố Đề án điều chỉnh Quy hoạch chung xây dựng khu kinh tế Đình Vũ - Cát Hải đến năm 2040, tầm nhìn đến năm 2050
            cach_do: moc_hoan_thanh
            don_vi_tinh: đề án
            han: 30/06/2023
            chu_tri: QHXD
            doi_tuong:
              - ma: QHC-DVCH
                ten: Đề án điều chỉnh Quy hoạch chung xây dựng KKT Đình Vũ - Cát Hải đến năm 2040, tầm nhìn đến năm 2050
                ten_khac: [Đề án điều chỉnh quy hoạch chung KKT Đình Vũ - Cát Hải, Điều chỉnh QHC KKT Đình Vũ - Cát Hải]
                tu_khoa: [quy hoạch chung, QHC]
          - ma: III.4
            noi_dung: Khởi công các dự án nhà ở công nhân Pegatron, hạ tầng KCN và khu phi thuế quan Xuân Cầu, hạ tầng KCN Tiên Thanh
            cach_do: khoi_cong
            don_vi_tinh: dự án
            han: 31/12/2023
            chu_tri: QHXD
            doi_tuong:
              - ma: PEGATRON-NOCN
                ten: Dự án xây dựng khu nhà ở công nhân viên Công ty TNHH Pegatron Việt Nam
                ten_khac: [Nhà ở công nhân Pegatron]
                tu_khoa: [Pegatron]
              - ma: XUANCAU-HT
                ten: Dự án đầu tư xây dựng và kinh doanh cơ sở hạ tầng KCN và khu phi thuế quan Xuân Cầu
                ten_khac: [Hạ tầng KCN Xuân Cầu]
                tu_khoa: [Xuân Cầu]
              - ma: TIENTHANH-HT
                ten: Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng KCN Tiên Thanh
                ten_khac: [Hạ tầng KCN Tiên Thanh]
                tu_khoa: [Tiên Thanh]
        """#
}
