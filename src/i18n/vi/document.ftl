# Các từ của planlang bằng tiếng Việt: văn bản báo cáo để trình (plan report --format docx),
# trình bày theo thể thức văn bản hành chính của Nghị định 30/2020/NĐ-CP. Mỗi thông điệp ở đây
# có bản tiếng Anh trong ../en/document.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi
# (src/i18n/tests.rs).

## Phần đầu văn bản. Các chỗ trong ngoặc vuông và dấu … là chỗ để trống, tô màu, cho người
## soạn điền; chữ in hoa do cách trình bày quy định nên viết thường ở đây.
document-governing-blank = [cơ quan chủ quản, nếu có]
document-issuer-blank = [tên cơ quan báo cáo]
document-blank = …
document-number = Số: { $number }/BC-{ $issuer }
document-place-blank = [địa danh]
document-place-date = { $place }, { $date }
## Ngày tháng theo Nghị định 30/2020/NĐ-CP: ngày nhỏ hơn 10 và tháng 1, 2 thêm số 0 ở trước.
document-date = ngày { $day ->
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $day }
    } tháng { $month ->
        [1] 01
        [2] 02
       *[other] { $month }
    } năm { $year }
document-kind = Báo cáo
document-summary = Kết quả thực hiện { $plan }

## Nội dung.
document-basis = Thực hiện { $plan }{ $source }, { $reporter } báo cáo kết quả thực hiện Kế hoạch tính đến { $date } như sau:
document-source-document = văn bản số { $document }
document-source-signed = { $date }
document-source-issuer = của { $issuer }
document-scope = Địa bàn báo cáo: { $area }.
document-part-results = Kết quả thực hiện các chỉ tiêu
document-overview = Tổng hợp chung
document-overview-text = Tính đến { $date }, có { $count } mức chỉ tiêu được đánh giá; số mức chỉ tiêu theo từng tình trạng như sau:
document-by-objective = Kết quả theo từng mục tiêu
document-by-lead = Kết quả theo cơ quan chủ trì
## Cột mã chỉ tiêu của bảng kết quả (cột hẹp).
document-column-indicator = Chỉ tiêu
document-part-compliance = Tình hình gửi báo cáo và thực hiện nhiệm vụ
document-nothing-owed = Đến { $date }, chưa có báo cáo hay nhiệm vụ nào đến hạn.
document-part-data = Số liệu sử dụng trong báo cáo
document-closing = Trên đây là báo cáo kết quả thực hiện { $plan } tính đến { $date } của { $reporter }./.

## Phần cuối: nơi nhận và người ký.
document-recipients = Nơi nhận:
document-recipient = - { $recipient };
document-archive = - Lưu: VT, { $unit }.
document-signer-blank = [quyền hạn, chức vụ người ký]
document-signer-name-blank = [họ và tên người ký]
