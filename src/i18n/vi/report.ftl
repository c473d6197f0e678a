# Các từ của planlang bằng tiếng Việt: trang báo cáo và văn bản báo cáo. Mỗi thông điệp ở đây có bản tiếng Anh
# trong ../en/report.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).

## Báo cáo Markdown (`plan eval --format md`) và trang báo cáo (`plan report`): dòng dưới tiêu
## đề, các đề mục, các cột của bảng.
report-as-of = Tính đến ngày { $date }, { $area }.
report-data = Số liệu: { $read } dòng đã đọc = { $accepted } dòng được dùng + { $rejected } dòng bị loại.
report-summary = Tổng hợp kết quả
report-statuses = Giải thích các tình trạng
report-reporting = Tình hình gửi báo cáo của các cơ quan, đơn vị
report-tasks = Tình hình thực hiện nhiệm vụ của các cơ quan, đơn vị
report-data-problems = Các vấn đề của số liệu
report-column-indicator = Chỉ tiêu
report-column-title = Tên chỉ tiêu
report-column-unit = Đơn vị tính
report-column-lead = Cơ quan chủ trì
report-column-target = Mức cần đạt
report-column-status = Tình trạng
report-column-baseline = Giá trị cơ sở
report-column-latest = Kết quả mới nhất
report-column-expected = Theo lộ trình đến nay
report-column-projected = Dự báo đến hạn
report-column-note = Ghi chú
report-column-targets = Số mức chỉ tiêu
report-all-targets = Tổng số
report-column-agency = Cơ quan, đơn vị
report-column-received = Đã gửi
report-column-owed = Phải thực hiện
report-column-owed-reports = Phải gửi
report-column-rate = Tỷ lệ
report-column-late = Chậm
report-column-missing = Chưa gửi
report-column-done = Đã hoàn thành
report-column-overdue = Quá hạn
report-columns-legend = Theo lộ trình đến nay: giá trị trên đường thẳng từ giá trị cơ sở đến mức cần đạt, tại kỳ của kết quả mới nhất. Dự báo đến hạn: giá trị đạt được vào năm của chỉ tiêu nếu giữ xu hướng đến nay, trong phạm vi của đơn vị tính.
## $percent có dấu phần trăm (`75,0%`).
report-reports-received = Đã nhận { $received }/{ $owed } báo cáo phải gửi ({ $percent }).
report-tasks-done = Đã hoàn thành { $done }/{ $owed } nhiệm vụ đến hạn ({ $percent }); { $upcoming } nhiệm vụ chưa đến hạn.
count-errors = { $count } lỗi
count-warnings = { $count } cảnh báo
report-problems = { $errors }, { $warnings }.
report-problems-listed = { $errors }, { $warnings }; dưới đây là { $listed } vấn đề đầu tiên.

## Trang báo cáo của `plan report`: phần đầu, thông tin từng chỉ tiêu, chú thích biểu đồ.
page-kind = Báo cáo kết quả thực hiện Kế hoạch
page-title = { $plan }: kết quả tính đến ngày { $date }
page-document = Văn bản
page-area = Địa bàn
page-as-of = Tính đến ngày
page-data = Số liệu
page-no-data = chưa có tệp số liệu nào, nên các chỉ tiêu đều chưa có số liệu
page-contents = Các mục tiêu
page-targets-judged = { $count } mức chỉ tiêu được đánh giá
page-unit = Đơn vị tính
page-lead = Cơ quan chủ trì
page-support = Cơ quan phối hợp
page-none = chưa giao
page-no-unit = số lượng
page-chart = Biểu đồ chỉ tiêu { $id }: số liệu thực tế, lộ trình từ giá trị cơ sở đến từng mốc chỉ tiêu, các mốc chỉ tiêu và dự báo
page-no-chart = Chưa có biểu đồ: chỉ tiêu chưa có số liệu của các kỳ kết thúc trước ngày { $date }.
page-nothing-owed = Đến ngày { $date } chưa có báo cáo hay nhiệm vụ nào đến hạn.
page-late-reports = Báo cáo chậm hoặc chưa gửi
page-late-tasks = Nhiệm vụ hoàn thành chậm hoặc quá hạn
page-made-by = Trang này do planlang lập từ Kế hoạch và số liệu tính đến ngày { $date }.
page-issuer = Cơ quan ban hành
page-signed = Ngày ký
page-period = Giai đoạn
page-amended = Sửa đổi, bổ sung
page-amendment = { $document }, áp dụng từ ngày { $date }
page-marks = Ý nghĩa các ký hiệu
page-meaning = Ý nghĩa
page-rows = { $read } dòng đã đọc = { $accepted } dòng được dùng + { $rejected } dòng bị loại

## Biểu đồ của một chỉ tiêu (`plan chart`, trang báo cáo, `show ID`).
chart-value = giá trị
chart-observed = số liệu thực tế
chart-path = lộ trình đến chỉ tiêu
chart-projection = dự báo
chart-target = mốc chỉ tiêu
chart-subtitle = { $area }, tính đến ngày { $date }
chart-not-evaluated = chưa có biểu đồ: Kế hoạch chưa được đánh giá nên chưa có số liệu để vẽ
chart-no-values = chưa có biểu đồ: chưa có số liệu của địa bàn { $area } cho các kỳ kết thúc trước ngày { $date }
chart-heading = biểu đồ:
chart-heading-unit = biểu đồ, đơn vị tính { $unit }:
chart-not-judged = chưa đánh giá
chart-milestone = { $period } { $target }: { $status }
chart-text-legend = ● số liệu  ⠤ lộ trình đến chỉ tiêu  ◆ mốc chỉ tiêu  ○ dự báo
