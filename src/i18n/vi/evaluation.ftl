# Các từ của planlang bằng tiếng Việt: tình trạng và ký hiệu của kết quả đánh giá. Mỗi thông
# điệp ở đây có bản tiếng Anh trong ../en/evaluation.ftl, cùng mã; thiếu một bên thì kiểm thử
# báo lỗi (src/i18n/tests.rs).

## Tình trạng của chỉ tiêu (mã trong JSON và truy vấn vẫn bằng tiếng Anh).
## $on_track và $needs_acceleration là các ngưỡng của tỷ số tăng trưởng, tính theo phần trăm.
status-achieved = Đạt
status-achieved-means = giá trị mới nhất đạt chỉ tiêu
status-missed = Không đạt
status-missed-means = đã hết năm của chỉ tiêu mà chỉ tiêu không đạt, hoặc mức phải duy trì không giữ được
status-on_track = Đúng tiến độ
status-on_track-means = đang tiến đến chỉ tiêu với tốc độ bằng { $on_track } trở lên so với tốc độ cần có để đạt đúng hạn
status-needs_acceleration = Cần đẩy nhanh tiến độ
status-needs_acceleration-means = đang tiến đến chỉ tiêu, với tốc độ bằng { $needs_acceleration } đến { $on_track } so với tốc độ cần có
status-limited_progress = Chuyển biến chậm
status-limited_progress-means = đang tiến đến chỉ tiêu, với tốc độ chưa bằng { $needs_acceleration } so với tốc độ cần có
status-regressing = Xấu đi
status-regressing-means = đang đi xa chỉ tiêu
status-insufficient_data = Chưa đủ số liệu
status-insufficient_data-means = chưa đủ số liệu để đánh giá (xu hướng cần số liệu của hai năm)
status-not_yet_due = Chưa đến hạn
status-not_yet_due-means = chưa đến các năm của chỉ tiêu

## Báo cáo phải gửi.
compliance-on_time = Đúng hạn
compliance-late = Chậm
compliance-missing = Chưa gửi
compliance-upcoming = Chưa đến hạn

## Nhiệm vụ phải thực hiện.
task-done = Đã hoàn thành
task-late = Hoàn thành chậm
task-overdue = Quá hạn
task-upcoming = Chưa đến hạn

## Ký hiệu trong báo cáo.
mark-strive = * phấn đấu: chỉ tiêu Kế hoạch phấn đấu đạt; được đánh giá như các chỉ tiêu khác

## Kỳ số liệu. $year có bốn chữ số; $half (1, 2) và $quarter (1 đến 4) là số; $month có hai chữ số.
period-year = { $year }
period-half = { $half ->
    [1] 6 tháng đầu năm { $year }
   *[other] 6 tháng cuối năm { $year }
}
period-quarter = { $quarter ->
    [1] quý I/{ $year }
    [2] quý II/{ $year }
    [3] quý III/{ $year }
   *[other] quý IV/{ $year }
}
period-month = tháng { $month }/{ $year }

## Mức cần đạt trong bảng và báo cáo kết quả: `2025 ≥ 95*`, `cả giai đoạn ≥ 100`,
## `2025–2030 ≥ 95`, `≤ -0,5/năm`, `thay đổi ≤ -50`. $value là phép so sánh và con số.
op-at-least = ≥
op-at-most = ≤
op-below = <
op-above = >
op-equal = =
op-about = khoảng
target-compare = { $op } { $number }
target-range = từ { $low } đến { $high }
target-about-range = khoảng { $low } đến { $high }
target-within-points = { $value } (sai số { $amount } điểm)
target-within-percent = { $value } (sai số { $amount }%)
target-at = { $at }: { $value }
target-at-cumulative = { $at } (lũy kế): { $value }
target-whole-period = cả giai đoạn: { $value }
target-years = { $from }–{ $until }: { $value }
target-from = từ { $from }: { $value }
target-until = đến { $until }: { $value }
target-per-year = { $value }/năm
target-change = thay đổi { $value }

## Đầu bảng kết quả của `plan eval`, các dòng trước và sau bảng.
eval-as-of-area = tính đến ngày { $date }, { $area }
eval-title = { $plan } — { $as_of }
eval-data = số liệu: { $read } dòng đã đọc = { $accepted } dòng được dùng + { $rejected } dòng bị loại
eval-summary = { $total } mức chỉ tiêu: { $counts }
eval-summary-count = { $status } { $count }

## Các cột của bảng kết quả; tình trạng ghi bằng chữ.
table-column-indicator = chỉ tiêu
table-column-target = mức cần đạt
table-column-status = tình trạng
table-column-baseline = giá trị cơ sở
table-column-latest = kết quả mới nhất
table-column-expected = theo lộ trình
table-column-projected = dự báo
table-column-ratio = tỷ số
table-status-achieved = Đạt
table-status-missed = Không đạt
table-status-on_track = Đúng tiến độ
table-status-needs_acceleration = Cần đẩy nhanh tiến độ
table-status-limited_progress = Chuyển biến chậm
table-status-regressing = Xấu đi
table-status-insufficient_data = Chưa đủ số liệu
table-status-not_yet_due = Chưa đến hạn

## Ý nghĩa các con số trong bảng. $on_track và $needs_acceleration là các ngưỡng của tỷ số (0,95; 0,6).
table-legend-expected = theo lộ trình: giá trị trên đường thẳng từ giá trị cơ sở đến mức cần đạt, tại kỳ của kết quả mới nhất
table-legend-projected = dự báo: giá trị đạt được vào năm của chỉ tiêu nếu giữ xu hướng đến nay, trong phạm vi của đơn vị tính
table-legend-ratio = tỷ số: tốc độ đến nay so với tốc độ cần có để đạt chỉ tiêu đúng hạn (tỷ số tăng trưởng của Open SDG):
table-legend-thresholds = {"  "}từ { $on_track } trở lên: Đúng tiến độ; từ { $needs_acceleration } đến dưới { $on_track }: Cần đẩy nhanh tiến độ; từ 0 đến dưới { $needs_acceleration }: Chuyển biến chậm; dưới 0: Xấu đi

## Báo cáo và nhiệm vụ phải thực hiện, dưới bảng. $percent có dấu phần trăm (`75,0%`).
table-reporting = báo cáo: đã nhận { $received }/{ $owed } báo cáo ({ $percent }): { $on_time } đúng hạn, { $late } chậm, { $missing } chưa gửi
table-tasks = nhiệm vụ: đã hoàn thành { $done }/{ $owed } nhiệm vụ đến hạn ({ $percent }): { $done_on_time } đúng hạn, { $late } chậm, { $overdue } quá hạn; { $upcoming } chưa đến hạn

## Một báo cáo chậm hoặc chưa gửi, một nhiệm vụ hoàn thành chậm hoặc quá hạn.
late-report = { $agency }: { $report }, kỳ { $period }, hạn { $due }, { $state }
late-task = { $agency }: { $task }, kỳ { $period }, hạn { $due }, { $state }
late-task-once = { $agency }: { $task }, hạn { $due }, { $state }
report-late-by = chậm { $days } (nhận ngày { $date })
report-not-received = chưa gửi
task-late-by = hoàn thành chậm { $days } (ngày { $date })
task-overdue-by = quá hạn { $days }
days = { $count } ngày

## Tiêu đề các nhóm chỉ tiêu trong bảng và báo cáo.
group-objective = Mục tiêu { $id }: { $title }
group-objective-within = Mục tiêu { $id }: { $title } (thuộc { $within })
group-within = { $inner } thuộc { $outer }
group-no-objective = Chưa gắn với mục tiêu
group-lead = Chủ trì: { $agency }
group-no-lead = Chưa có cơ quan chủ trì
