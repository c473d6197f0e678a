# Các từ của planlang bằng tiếng Việt: dòng lệnh và REPL. Mỗi thông điệp ở đây có bản tiếng Anh
# trong ../en/interface.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).

## Phần trợ giúp của dòng lệnh (src/cli/help.rs): `cli-plan` là lệnh `plan`, `cli-TÊN` một lệnh
## con, `cli-TÊN-THAMSỐ` một tham số của một lệnh con, `cli-arg-THAMSỐ` tham số dùng chung;
## `.long` là phần giải thích dài của `--help`; `cli-value-THAMSỐ-GIÁTRỊ` nghĩa của một giá trị.
cli-heading-usage = Cách dùng:
cli-heading-arguments = Tham số
cli-heading-options = Tùy chọn
cli-heading-commands = Các lệnh
cli-command-placeholder = LỆNH
cli-possible-values = giá trị có thể dùng
cli-possible-values-heading = Các giá trị có thể dùng:
cli-default = mặc định
cli-help = In phần trợ giúp (tóm tắt với -h, đầy đủ với --help)
cli-version = In số phiên bản

cli-plan = Viết kế hoạch hành động công khai dưới dạng văn bản, kiểm tra và theo dõi việc thực hiện.
cli-plan-lang = Ngôn ngữ hiển thị: `vi` (tiếng Việt) hoặc `en` (tiếng Anh) (mặc định: theo biến PLANLANG_LANG, nếu không có thì theo locale LC_ALL, LC_MESSAGES hoặc LANG, vi_* là tiếng Việt, còn lại là tiếng Anh)

cli-arg-plan = Tệp kế hoạch
cli-arg-data = Các tệp số liệu: CSV (số liệu quan sát, báo cáo đã nhận hoặc nhiệm vụ đã hoàn thành), JSON hoặc xlsx
cli-arg-as_of = Ngày đánh giá, dạng YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày hôm nay theo giờ Việt Nam)
cli-arg-format = Cách ghi kết quả
cli-arg-force = Ghi đè TỆP nếu tệp đã có
cli-arg-keep_going = Trả mã thoát 0 kể cả khi có dòng số liệu bị loại (tệp không dùng được thì vẫn trả mã 2)
cli-arg-decimal_comma = Tệp số liệu không nói rõ cách viết số thì viết `9,5` và `1.234.567` (dấu phẩy thập phân; dấu chấm chỉ để tách hàng nghìn)
cli-arg-decimal_point = Tệp số liệu không nói rõ cách viết số thì viết `9.5` và `1,234,567` (dấu chấm thập phân, nên `210.500` là 210,5)
cli-arg-encoding = Bảng mã của các tệp số liệu không có dấu BOM: utf-8 (mặc định), windows-1258 (Windows tiếng Việt), windows-1252 (Windows Tây Âu), utf-16le...
cli-arg-sheet = Trang tính cần đọc trong tệp Excel (.xlsx); nếu không nêu, đọc trang tính đầu tiên có dòng tiêu đề ghi tên các cột
cli-arg-amendments = Một văn bản sửa đổi kế hoạch (có thể nêu nhiều lần)

cli-value-format-human = Thông báo kèm đoạn văn bản có lỗi, để người đọc
cli-value-format-short = `tệp:dòng:cột: mức[mã]: nội dung`, mỗi thông báo một dòng, cho trình soạn thảo
cli-value-format-json = JSON, cho các chương trình khác
cli-value-format-xlsx = Tệp Excel (cần -o TỆP.xlsx)
cli-value-rows-targets = Mỗi chỉ tiêu một dòng (mặc định)
cli-value-rows-reporting = Mỗi báo cáo phải gửi một dòng
cli-value-rows-tasks = Mỗi dự án hoặc nhiệm vụ đến hạn hoặc sắp đến hạn một dòng, theo từng cơ quan chủ trì

cli-check = Kiểm tra các tệp kế hoạch và báo mọi lỗi tìm thấy
cli-check-files = Các tệp kế hoạch cần kiểm tra
cli-check-format = Cách in các thông báo
cli-check-deny_warnings = Coi cả cảnh báo là không đạt (mã thoát 1)

cli-eval = Đánh giá số liệu thực hiện so với kế hoạch: tình trạng của từng chỉ tiêu và việc chấp hành chế độ báo cáo
cli-eval-data = Các tệp số liệu: CSV (số liệu quan sát, báo cáo đã nhận hoặc nhiệm vụ đã hoàn thành), JSON hoặc xlsx (theo phần mở rộng `.json` và `.xlsx`)
cli-eval-area = Địa bàn cần đánh giá (mặc định: địa bàn cao nhất của kế hoạch)
cli-eval-by = Nhóm bảng theo mục tiêu hoặc theo cơ quan chủ trì
cli-eval-rows = Các dòng mà --format csv ghi: mỗi chỉ tiêu (mặc định), mỗi báo cáo phải gửi hoặc mỗi nhiệm vụ phải thực hiện một dòng
cli-eval-output = Ghi kết quả vào TỆP (thay tệp thường đã có) thay vì in ra màn hình; bắt buộc với --format xlsx
cli-eval-amendments = Một văn bản sửa đổi kế hoạch (có thể nêu nhiều lần): mỗi mốc được đánh giá theo chỉ tiêu có hiệu lực vào cuối năm của mốc, cơ quan thực hiện và lịch báo cáo theo bản sửa đổi có hiệu lực vào ngày --as-of

cli-cascade = In cách các kế hoạch triển khai một kế hoạch cấp trên tiếp nhận các chỉ tiêu của nó: giữ nguyên, điều chỉnh (kèm giá trị và lý do), không áp dụng hoặc còn thiếu
cli-cascade-parent = Kế hoạch cấp trên (chương trình quốc gia, kế hoạch của tỉnh)
cli-cascade-children = Các kế hoạch triển khai kế hoạch cấp trên (`implements TÊN` trên lệnh nhập của KẾ HOẠCH CẤP TRÊN)

cli-query = Chạy truy vấn trên kế hoạch và số liệu: `-e TRUY_VẤN` (có thể nêu nhiều lần) hoặc mỗi truy vấn một dòng từ đầu vào chuẩn. Mã thoát 1 nếu có truy vấn lỗi
cli-query-queries = Truy vấn cần chạy (có thể nêu nhiều lần); nếu không có, đọc truy vấn từ đầu vào chuẩn, mỗi dòng một truy vấn (bỏ qua dòng trống và dòng bắt đầu bằng `#`)

cli-repl = Hỏi đáp trực tiếp: có lịch sử lệnh, gợi ý hoàn thành, `:help`
cli-repl-plan = Tệp kế hoạch cần nạp (có thể nạp sau bằng `:load KẾ_HOẠCH`)
cli-repl-history_file = Nơi lưu lịch sử lệnh (mặc định: planlang/history trong thư mục dữ liệu của người dùng)

cli-show = In mô hình đã phân giải của một kế hoạch (theo bản sửa đổi có hiệu lực vào một ngày, với --amendment)
cli-show-file = Tệp kế hoạch
cli-show-as_of = Hiển thị kế hoạch theo các sửa đổi có hiệu lực vào ngày này, dạng YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày hôm nay theo giờ Việt Nam, khi có --amendment)
cli-show-amendments = Một văn bản sửa đổi kế hoạch (có thể nêu nhiều lần); áp dụng các văn bản có hiệu lực vào ngày --as-of

cli-history = Liệt kê các phiên bản chỉ tiêu và cơ quan thực hiện của một chỉ tiêu: theo kế hoạch, rồi theo từng văn bản sửa đổi, kèm văn bản căn cứ
cli-history-id = Một chỉ tiêu hoặc chỉ tiêu thành phần của kế hoạch (`14`, `16a`)

cli-new = Viết một kế hoạch mới triển khai KẾ HOẠCH CẤP TRÊN: tiếp nhận mọi chỉ tiêu của kế hoạch cấp trên, lấy chỉ tiêu của cấp trên làm giá trị ban đầu, để trống cơ quan chủ trì và số văn bản để điền sau
cli-new-implements = Kế hoạch mà kế hoạch mới triển khai (chương trình quốc gia, kế hoạch của tỉnh)
cli-new-area = Địa bàn của kế hoạch mới, theo cách văn bản gọi tên ("Huyện Mộc Châu")
cli-new-output = Nơi ghi kế hoạch mới; `-` thì in ra đầu ra chuẩn

cli-template = Tạo biểu mẫu nhập số liệu (.xlsx, bằng tiếng Việt), mỗi dòng một chỉ tiêu do một cơ quan chủ trì (hoặc mọi chỉ tiêu) và một kỳ, để điền rồi đọc lại bằng `plan eval`
cli-template-agency = Cơ quan có các chỉ tiêu cần nhập (các chỉ tiêu cơ quan đó chủ trì); nếu không nêu, lấy mọi chỉ tiêu
cli-template-area = Địa bàn của các dòng (mặc định: địa bàn cao nhất của kế hoạch)
cli-template-from = Kỳ đầu tiên cần nhập: một năm (mặc định: năm đầu của kế hoạch), hoặc nửa năm, quý, tháng với các dòng theo kỳ đó
cli-template-to = Kỳ cuối cùng cần nhập (mặc định: năm nay, muộn nhất là năm cuối của kế hoạch)
cli-template-output = Tệp Excel cần ghi (.xlsx)
cli-template-force = Ghi đè TỆP nếu tệp đã có (có thể là biểu mẫu đã điền)

cli-chart = Vẽ biểu đồ của một chỉ tiêu hoặc chỉ tiêu thành phần thành ảnh SVG: các giá trị, đường từ giá trị cơ sở đến từng chỉ tiêu, các chỉ tiêu, giá trị dự báo và giá trị theo từng nhóm
cli-chart-id = Một chỉ tiêu không có chỉ tiêu thành phần, hoặc một chỉ tiêu thành phần (`3`, `16a`)
cli-chart-data = Các tệp số liệu: CSV, JSON hoặc xlsx, như `plan eval` đọc
cli-chart-area = Địa bàn có giá trị được vẽ (mặc định: địa bàn cao nhất của kế hoạch)
cli-chart-as_of = Ngày tính số liệu và đánh giá chỉ tiêu, dạng YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày hôm nay theo giờ Việt Nam)
cli-chart-output = Tệp ảnh cần ghi (.svg)

## Dòng lệnh không hợp lệ (src/cli/usage_error.rs).
cli-error = lỗi
cli-error-value-required = '{ $arg }' cần một giá trị nhưng không có giá trị nào
cli-error-invalid-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
cli-error-validation = giá trị '{ $value }' không hợp lệ cho '{ $arg }': { $reason }
cli-error-unknown-argument = không có tham số '{ $arg }'
cli-error-similar-argument = gợi ý: có tham số gần giống: '{ $arg }'
cli-error-dash-value = gợi ý: để dùng '{ $arg }' làm giá trị, viết '-- { $arg }'
cli-error-unknown-subcommand = không có lệnh '{ $subcommand }'
cli-error-similar-subcommand = gợi ý: có lệnh gần giống: '{ $subcommand }'
cli-error-conflict = không dùng được tham số '{ $arg }' cùng với '{ $other }'
cli-error-missing = thiếu các tham số bắt buộc sau:
cli-error-too-many = giá trị '{ $value }' của '{ $arg }' là thừa; không cần thêm giá trị nào
cli-error-more = Xem thêm hướng dẫn: thêm '--help' vào lệnh.
