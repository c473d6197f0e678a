# Các từ của planlang bằng tiếng Việt: nội dung của từng trường trong ngôn ngữ truy vấn
# (`:help fields`). Mỗi thông điệp ở đây có bản tiếng Anh trong ../en/query.ftl, cùng mã; thiếu
# một bên thì kiểm thử báo lỗi (src/i18n/tests.rs). `field-TÊN` dùng cho mọi đối tượng có trường
# tên đó, `field-ĐỐITƯỢNG-TÊN` cho một đối tượng mà trường đó có nghĩa khác.

field-reports-agency = cơ quan phải gửi báo cáo
field-tasks-agency = cơ quan chủ trì phải thực hiện dòng này
field-projects-agency = cơ quan chủ trì phải thực hiện dòng này
field-baseline = giá trị cơ sở, điểm xuất phát của xu hướng
field-covers = các chỉ tiêu, chỉ tiêu thành phần và nhiệm vụ thuộc dự án
field-reports-days_late = số ngày gửi chậm so với hạn
field-tasks-days_late = số ngày quá hạn: khi hoàn thành chậm, hoặc tính đến ngày đánh giá khi đã quá hạn
field-projects-days_late = số ngày quá hạn: khi hoàn thành chậm, hoặc tính đến ngày đánh giá khi đã quá hạn
field-direction = increase (tăng), decrease (giảm) hoặc maintain (duy trì)
field-done_note = ghi chú trong số liệu hoàn thành
field-done_on = ngày hoàn thành theo số liệu hoàn thành
field-due = ngày cuối cùng còn đúng hạn
field-every = mức độ lặp lại (year: hằng năm, quarter: hằng quý...); để trống nếu chỉ thực hiện một lần
field-expected = giá trị trên đường thẳng từ giá trị cơ sở tới chỉ tiêu, tại kỳ có số liệu mới nhất
field-indicators-id = mã chỉ tiêu hoặc chỉ tiêu thành phần (3, 16a)
field-targets-id = mã chỉ tiêu hoặc chỉ tiêu thành phần (3, 16a)
field-agencies-id = mã cơ quan
field-objectives-id = mã mục tiêu
field-tasks-id = mã nhiệm vụ
field-projects-id = mã dự án
field-indicators = các chỉ tiêu và chỉ tiêu thành phần của mục tiêu, kể cả của các mục tiêu con
field-kind = level (mức đạt), maintain (duy trì) hoặc rate (tốc độ)
field-late = số báo cáo gửi chậm
field-indicators-latest = giá trị mới nhất (của các kỳ đã kết thúc tính đến ngày đánh giá)
field-targets-latest = giá trị mới nhất được dùng để đánh giá
field-indicators-lead = các cơ quan chủ trì
field-targets-lead = các cơ quan chủ trì
field-tasks-lead = các cơ quan chủ trì, là cơ quan phải thực hiện
field-projects-lead = các cơ quan chủ trì, là cơ quan phải thực hiện
field-leads = các chỉ tiêu, dự án và nhiệm vụ do cơ quan chủ trì
field-indicators-milestone = năm của mốc hiện tại: mốc kế tiếp đến hạn, hoặc mốc cuối cùng
field-targets-milestone = mốc của chỉ tiêu mức đạt, như đã viết: 2025, 2026-Q2, 2026-Q3 lũy kế
field-missing = số báo cáo chưa gửi
field-name = tên đầy đủ
field-indicators-note = các ghi chú
field-targets-note = lý do, khi con số tự nó chưa nói rõ
field-tasks-note = các ghi chú
field-projects-note = các ghi chú
field-number = số thứ tự trong văn bản (16 cho 16a và 16b)
field-objective = mục tiêu mà chỉ tiêu phục vụ (khớp cả với các mục tiêu chứa nó)
field-op = phép so sánh (>=, <=, <, >, =, ~)
field-owed = số báo cáo đã đến hạn tính đến ngày đánh giá
field-owner = các cơ quan chủ trì hoặc phối hợp
field-objectives-parent = mục tiêu chứa mục tiêu này (một mục tiêu chung)
field-projects-parent = dự án mà dự án này là một phần (`in`)
field-indicators-period = kỳ của giá trị mới nhất
field-targets-period = kỳ của giá trị mới nhất
field-reports-period = kỳ mà báo cáo phản ánh (2024, 2024-H1)
field-tasks-period = kỳ phải thực hiện (2025, 2025-Q2, 2025-11)
field-projects-period = kỳ phải thực hiện (2025, 2025-Q2, 2025-11)
field-projected = giá trị tại mốc nếu xu hướng hiện nay tiếp diễn
field-projects = các dự án bao gồm mục này
field-ratio = tỷ số tăng trưởng R (hoặc tỷ số tốc độ)
field-agencies-received = số báo cáo đã nhận được trong số đó (đúng hạn hoặc chậm)
field-reports-received = ngày nhận được báo cáo
field-report = mã báo cáo
field-reports = các báo cáo cơ quan phải gửi
field-role = assigned (giao: thuộc chính quyền ban hành kế hoạch) hoặc requested (đề nghị: cơ quan, tổ chức ngoài chính quyền)
field-short = tên viết tắt
field-source = mục của văn bản nêu chỉ tiêu này
field-indicators-status = tình trạng của mốc hiện tại
field-targets-status = tình trạng của mốc chỉ tiêu
field-reports-status = on_time (đúng hạn), late (chậm), missing (chưa gửi) hoặc upcoming (chưa đến hạn)
field-tasks-status = done (đã hoàn thành), late (hoàn thành chậm), overdue (quá hạn) hoặc upcoming (chưa đến hạn); để trống nếu không có hạn
field-projects-status = done (đã hoàn thành), late (hoàn thành chậm), overdue (quá hạn) hoặc upcoming (chưa đến hạn); để trống nếu không có hạn
field-strive = yes khi là chỉ tiêu phấn đấu
field-support = các cơ quan phối hợp
field-supports = các chỉ tiêu, dự án và nhiệm vụ cơ quan phối hợp thực hiện
field-target = chỉ tiêu viết bằng lời (2025 >= 65)
field-target_value = giá trị của các mốc chỉ tiêu
field-target_year = năm của các mốc chỉ tiêu
field-tasks_done = số nhiệm vụ, dự án đã hoàn thành trong số đó (đúng hạn hoặc chậm)
field-tasks_late = số nhiệm vụ, dự án hoàn thành chậm
field-tasks_overdue = số nhiệm vụ, dự án quá hạn
field-tasks_owed = số dự án và nhiệm vụ phải thực hiện tính đến ngày đánh giá (đã hoàn thành, chậm hoặc quá hạn)
field-indicators-title = tên chỉ tiêu
field-targets-title = tên chỉ tiêu
field-objectives-title = tên mục tiêu
field-reports-title = tên báo cáo
field-tasks-title = nhiệm vụ, theo lời văn của văn bản
field-projects-title = tên dự án
field-to = các cơ quan nhận báo cáo (một hoặc nhiều)
field-unit = đơn vị tính (percent, per_mille, per_100k, count...)
field-until = năm cuối cùng phải duy trì (maintain, rate)
field-value = giá trị chỉ tiêu
field-year = mốc (mức đạt) hoặc năm bắt đầu (duy trì, tốc độ)

## Lời của các câu trả lời truy vấn (`show`, `:explain`, số dòng của một bảng). Tên trường dùng
## làm nhãn, mã tình trạng, mã và cách viết mức chỉ tiêu của Kế hoạch không phải là lời: giữ
## nguyên như câu truy vấn viết, không qua đây. Số và ngày được viết sẵn theo tiếng Việt.

answer-rows = ({ $count } dòng)
answer-none = không có
answer-yes = có
answer-no = không

## `show` một chỉ tiêu.
answer-part-of-indicator = chỉ tiêu { $number }: { $title }
answer-unit-of = { $unit }, tính trên "{ $of }"
answer-total = { $parts } ({ $within })
answer-within = chênh lệch không quá { $amount } { $unit ->
    [percent] phần trăm
   *[other] điểm
}
answer-within-rounding = chênh lệch trong phạm vi làm tròn số
answer-lead-not-named = ? (chưa giao cơ quan chủ trì)
answer-lead-not-named-because = ? (chưa giao cơ quan chủ trì: { $reason })
answer-owner-ref = { $owner }, căn cứ { $reference }
answer-adopts = giữ nguyên { $parent }
answer-adapts = điều chỉnh từ { $parent }, lý do: { $reason }
answer-baseline-data = { $year } (giá trị theo số liệu)
answer-baseline-none = không khai báo (giá trị đầu tiên có số liệu là giá trị cơ sở)
answer-data-none = chưa có số liệu của địa bàn { $area } đến ngày { $date }
answer-data = { $values } (địa bàn { $area })
answer-data-from-areas = { $values } (địa bàn { $area }; giá trị mới nhất tổng hợp từ { $got }/{ $of } địa bàn)
answer-targets-as-of = các mức chỉ tiêu, tính đến ngày { $date }:
answer-split-data = số liệu có { $dimension } = { $value }: { $values }
answer-ref = căn cứ { $reference }
answer-restated-in = được nêu lại tại { $reference }
answer-no-targets = (chưa đặt mức chỉ tiêu)

## `show` một cơ quan.
answer-role-requested = được đề nghị phối hợp, không phải được giao
answer-indicators-heading = các chỉ tiêu (tình trạng của mức chỉ tiêu hiện hành):
answer-reports-due = báo cáo đến hạn tính đến ngày { $date }: phải gửi { $owed }, đúng hạn { $on_time }, chậm { $late }, chưa gửi { $missing }
answer-report-line = { $report } { $period }: hạn { $due }, { $how }
answer-report-late = nhận ngày { $day }, chậm { $days } ngày
answer-report-missing = chưa gửi

## `show` một nhiệm vụ hoặc dự án, và các nhiệm vụ một cơ quan phải thực hiện.
answer-part-of-project = dự án { $id }: { $title }
answer-tasks-due = nhiệm vụ đến hạn tính đến ngày { $date }: phải thực hiện { $owed }, hoàn thành { $done }, hoàn thành chậm { $late }, quá hạn { $overdue }; sắp đến hạn { $upcoming }
answer-task-line = { $who }, { $how }
answer-task-line-due = { $who }: hạn { $due }, { $how }
answer-task-late = hoàn thành ngày { $day }, chậm { $days } ngày
answer-task-overdue = quá hạn { $days } ngày
answer-task-done-on = hoàn thành ngày { $day }
answer-task-done = đã hoàn thành
answer-next-due = hạn tiếp theo: { $date }
answer-no-deadline = — (không có thời hạn: không theo dõi)
answer-due-before = trước ngày { $when }
answer-due-in-month = trong tháng { $month }
answer-due-before-month = trước tháng { $month }
answer-due-every = { $due }, { $every ->
    [year] hằng năm
    [half-year] 6 tháng một lần
    [quarter] hằng quý
    [month] hằng tháng
    [adhoc] đột xuất
   *[other] lặp lại theo { $every }
}
answer-due-untracked = { $due } (không ghi năm, cũng không ghi `every`: không theo dõi)

## `:explain`: dòng đầu của một chỉ tiêu và của từng mức chỉ tiêu, rồi các bước.
answer-explain-heading = chiều hướng { $direction }; tính đến ngày { $date }, địa bàn { $area }
answer-explain-no-targets = chưa đặt mức chỉ tiêu nên không có gì để đánh giá
answer-explain-target = mức chỉ tiêu { $target }
answer-step-status = tình trạng: { $status }
answer-not-evaluated = chưa đánh giá
answer-step-scope-areas = phạm vi { $areas }: chỉ tính giá trị của các địa bàn này (tổng của chúng khi địa bàn được đánh giá bao gồm tất cả)
answer-step-scope-value = phạm vi { $dimension } = { $value }: chỉ tính giá trị của nhóm này
answer-step-values = các giá trị được tính (các kỳ đã kết thúc đến ngày { $date }): { $values }
answer-step-values-where = các giá trị được tính, với { $dimension } = { $value } (các kỳ đã kết thúc đến ngày { $date }): { $values }
answer-step-derived = { $id } là { $rule }; kỳ nào số liệu không có giá trị thì giá trị được suy ra: { $values }
answer-rule-total = tổng của { $parts }
answer-rule-formula = tính theo công thức từ các chỉ tiêu khác
answer-step-change = mức thay đổi trong giai đoạn { $from }..{ $until } là { $op } { $value }: đánh giá như mức đạt được tính từ giá trị đầu giai đoạn (giá trị cơ sở, nếu không có thì giá trị cuối cùng trước giai đoạn)
answer-step-rate-baseline = giá trị cơ sở đã khai báo, { $year } = { $value }, là mốc tính mức thay đổi đầu tiên
answer-step-no-value = chưa có giá trị nào nên không có xu hướng để đánh giá
answer-step-baseline-declared = giá trị cơ sở: khai báo trong Kế hoạch, { $year } = { $value }
answer-step-baseline-data = giá trị cơ sở: giá trị theo số liệu của năm Kế hoạch nêu, { $year } = { $value }
answer-step-baseline-first = giá trị cơ sở: giá trị đầu tiên, { $period }: { $value }
answer-step-latest = giá trị mới nhất: { $period }: { $value }
answer-step-milestone-passed = đã qua mốc { $milestone } ({ $date } sau { $end }), nên giá trị của { $milestone } quyết định
answer-step-milestone-value = { $milestone }: { $value } { $wanted }? { $yes } -> { $status }
answer-step-milestone-missing = không có giá trị của { $milestone } -> insufficient_data
answer-step-meets = giá trị mới nhất có đạt mức chỉ tiêu không, { $value } { $wanted }? { $yes }
answer-step-meets-early = giá trị mới nhất có đạt mức chỉ tiêu không, { $value } { $wanted }? { $yes } -> achieved: mức chỉ tiêu một phía mà chỉ tiêu đang tiến tới thì đã đạt là giữ nguyên, dù xu hướng thế nào (xu hướng nêu dưới đây để tham khảo)
answer-step-meets-own-year = giá trị mới nhất có đạt mức chỉ tiêu không, { $value } { $wanted }? { $yes } -> on_track: một khoảng, một giá trị chính xác hay một mức phải duy trì chỉ được xem là đạt theo giá trị của chính năm đó
answer-step-no-trend = cần hai giá trị ở hai thời điểm khác nhau (giá trị cơ sở và một giá trị sau đó) mới có xu hướng -> insufficient_data
answer-bounded = { $value }, giới hạn của đơn vị dừng ở { $kept }
answer-step-expected = giá trị dự kiến trên đường thẳng tại { $period }: { $formula } = { $value }
answer-step-projected-growth = dự báo đến { $milestone } nếu giữ xu hướng: { $formula } = { $value }
answer-step-projected-linear = dự báo đến { $milestone } nếu giữ mức thay đổi: { $formula } = { $value }
answer-step-bands = các ngưỡng: R >= { $on_track } on_track, { $needs } đến { $on_track } needs_acceleration, 0 đến { $needs } limited_progress, dưới 0 regressing -> { $status }
answer-step-bands-trend-alone = các ngưỡng: R >= { $on_track } on_track, { $needs } đến { $on_track } needs_acceleration, 0 đến { $needs } limited_progress, dưới 0 regressing -> { $status } (chỉ xét theo xu hướng)
answer-step-no-change = mức chỉ tiêu không đòi hỏi thay đổi so với giá trị cơ sở, nên chỉ cần chuyển biến đúng chiều: d * actual = { $value } -> { $status }
answer-step-zero = giá trị cơ sở hoặc mức chỉ tiêu bằng 0 được tính là { $zero } để tốc độ tăng trưởng vẫn xác định được (như sdg-build)
answer-step-actual-growth = tốc độ tăng trưởng thực tế: CAGR = { $formula } = { $value }
answer-step-required-growth = tốc độ tăng trưởng cần đạt: CAGR = { $formula } = { $value }
answer-step-ratio-growth = R = d * actual / |required| = { $formula } = { $value }  (d = { $d }: giá trị cần { $rise ->
    [yes] tăng
   *[no] giảm
})
answer-step-linear = giá trị bằng hoặc dưới 0, hoặc đơn vị vốn là một tốc độ thay đổi, thì tốc độ tăng trưởng không có ý nghĩa, nên tính mức thay đổi mỗi năm theo đường thẳng (method: linear)
answer-step-actual-change = mức thay đổi thực tế mỗi năm: { $formula } = { $value }
answer-step-required-change = mức thay đổi cần đạt mỗi năm: { $formula } = { $value }
answer-step-ratio = R = d * actual / |required| = { $formula } = { $value }
answer-flow-cumulative = giá trị trong năm là số cộng dồn từ đầu năm
answer-flow-amounts = giá trị trong năm là số của riêng từng kỳ, cộng lại với nhau
answer-step-flow-year = chỉ tiêu tính theo lượng ({ $within }): khi { $period } kết thúc thì tổng của năm quyết định; trong { $period }, tổng đến thời điểm đó được so với phần mức chỉ tiêu phải đạt đến lúc đó (method: pro_rata); trước đó, xu hướng của tổng các năm đủ số liệu được tính, và tổng đạt mức chỉ tiêu là on_track, chưa phải achieved
answer-flow-to-date = tổng từ tháng 1 đến hết { $period }
answer-flow-own = tổng riêng của { $period }
answer-step-flow-part = chỉ tiêu tính theo lượng ({ $within }): khi { $period } kết thúc, { $total } quyết định; trong các tháng của kỳ, tổng đến thời điểm đó được so với phần mức chỉ tiêu phải đạt đến lúc đó (method: pro_rata); trước khi kỳ bắt đầu thì chưa đến hạn
answer-step-counted = đã tính: { $period }: { $value }
answer-step-flow-expected = phải đạt đến lúc này (expected): { $value }
answer-step-flow-projected = tổng nếu giữ nhịp độ này (projected): { $value }
answer-step-flow-ratio = tỷ số (ratio): { $value }
answer-step-distance = không có phía nào tốt hơn (chiều hướng maintain, một khoảng hoặc một giá trị chính xác): tính khoảng cách tới { $low }..{ $high } (method: distance), theo bội số của mức sai số { $tolerance }
answer-step-distance-ratio = R = 1 - khoảng cách / sai số = 1 - { $gap } / { $tolerance } = { $value } -> { $status }
answer-step-held = mức { $wanted } phải được duy trì hằng năm từ { $from } đến { $until }
answer-step-held-not-ended = năm { $from } chưa kết thúc tính đến ngày { $date } -> not_yet_due
answer-step-held-no-values = không có giá trị năm nào từ { $from } -> insufficient_data
answer-step-held-year = { $year }: { $value } { $wanted }? { $yes }
answer-step-held-broken = năm { $year } không giữ được mức -> missed
answer-step-held-gaps = không có giá trị các năm { $years } (không tính là không đạt)
answer-step-held-achieved = mọi năm có số liệu đều giữ được mức và năm { $until } đã kết thúc -> achieved
answer-step-held-on-track = mọi năm có số liệu đều giữ được mức và giai đoạn kéo dài đến năm { $until } -> on_track
answer-step-rate = mức thay đổi hằng năm từ { $from } đến { $until } phải { $wanted } { $unit ->
    [percent] phần trăm
   *[other] điểm
} mỗi năm
answer-step-rate-two = cần giá trị của hai năm mới tính được mức thay đổi hằng năm
answer-step-rate-change = { $from } -> { $to }: từ { $start } thành { $end }, { $change } mỗi năm; { $wanted }? { $yes }
answer-step-rate-average = mức thay đổi bình quân { $average } mỗi năm; tỷ số = bình quân / tốc độ = { $average } / { $rate } = { $ratio }
answer-wanted-about = ~ { $value } (từ { $low } đến { $high })
answer-wanted-span = { $low } đến { $high }
answer-wanted-between = từ { $low } đến { $high }
