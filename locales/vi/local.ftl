# Thông tin địa phương chi tiết: chính sách của quận và thành phố, cơ sở giam giữ, trợ giúp pháp lý.

## Chính sách của quận và thành phố

local-policy-as-of = Tính đến ngày { $date }, theo { $who }: { $policy }
local-policy-undated = Theo { $who } (không ghi ngày): { $policy }
local-policy-reminder = Chính sách địa phương không ràng buộc nhân viên công lực liên bang.
local-policy-none-found = Khi tìm hiểu, chúng tôi không thấy chính sách địa phương nào ở đây ngoài luật tiểu bang.
local-policy-hidden-low = Số báo cáo độ tin cậy thấp không được hiển thị ở đây: { $count }.
reported-by-official-records = hồ sơ chính thức
reported-by-news-reports = các bản tin
reported-by-the-sheriff = văn phòng cảnh sát trưởng quận (sheriff)
reported-by-advocates = các nhóm bênh vực di dân
reported-by-one-secondary-source = một nguồn thứ cấp duy nhất
policy-category-limits-beyond-state-law = Giới hạn việc giúp ICE nhiều hơn luật tiểu bang
policy-category-follows-state-law = Chỉ làm theo luật tiểu bang
policy-category-helps-ice-within-state-law = Giúp ICE đến mức luật tiểu bang cho phép
policy-category-publishes-release-dates = Công bố ngày được thả
policy-category-opposes-state-law = Phản đối các giới hạn của tiểu bang
policy-category-no-local-policy-found = Không tìm thấy chính sách địa phương
policy-status-in-force = đang có hiệu lực
policy-status-challenged = đang có hiệu lực, nhưng đang bị kiện tại tòa
policy-status-adopted-not-final = đã được thông qua, nhưng chưa phải là quyết định cuối cùng
policy-status-repealed = đã bị bãi bỏ
policy-status-ended = đã chấm dứt
policy-status-symbolic = một lời tuyên bố, không có tính ràng buộc
policy-status-unconfirmed = đã được đưa tin, nhưng chưa được xác nhận

## Cơ sở giam giữ

facility-kind-processing-center = trung tâm xử lý của ICE (processing center)
facility-kind-detention-center = trung tâm giam giữ
facility-kind-annex = khu nhà phụ (annex) của một cơ sở khác
facility-kind-county-jail = nhà giam quận
facility-kind-city-jail = nhà giam thành phố
facility-status-operating = đang giam giữ người cho ICE
facility-status-closed = không còn giam giữ người cho ICE
facility-status-uncertain = không biết hiện nay có còn giam giữ người cho ICE hay không
detention-notice = Người bị giam giữ thường xuyên bị chuyển đi nơi khác. Để tìm một người đang bị Sở Di trú và Hải quan (ICE) giam giữ, hãy dùng công cụ tìm người bị giam trên mạng của ICE, hoặc gọi đường dây thông tin về người bị giam giữ.

## Trợ giúp pháp lý

service-legal-aid = trợ giúp pháp lý về di trú
service-deportation-defense = bào chữa chống trục xuất
service-rapid-response = phản ứng nhanh
service-lawyer-referral = giới thiệu đến luật sư
service-detention-support = giúp đỡ người bị giam giữ
service-children = giúp đỡ trẻ em
service-victims = giúp đỡ người sống sót sau tội phạm hoặc bạo hành
cost-free = miễn phí
cost-low-cost = chi phí thấp
cost-unknown = không ghi chi phí
caution-third-party-parse = Lấy từ bản sao của người khác về một danh sách của chính phủ, chưa được đối chiếu với chính danh sách đó.
caution-single-source = Chỉ có một nguồn ghi tên nơi này.
caution-recognition-renewal-pending = Theo danh sách của chính phủ mà chúng tôi đã dùng, sự công nhận của Bộ Tư pháp Hoa Kỳ (Justice Department) cho phép nơi này trợ giúp pháp lý về di trú đã đến hoặc sắp đến ngày hết hạn, và việc gia hạn đang chờ xét duyệt.
caution-two-numbers = Hai nguồn đưa ra hai số khác nhau. Cả hai số đều được hiển thị.
caution-area-code-mismatch = Mã vùng của số điện thoại không phải mã vùng của thành phố.
caution-government-office = Một văn phòng chính phủ, không phải một tổ chức phi lợi nhuận.
caution-merged-offices = Nguồn đã lẫn lộn hai văn phòng; địa chỉ hoặc số điện thoại có thể là của văn phòng kia.
caution-referral-only = Giới thiệu người đến luật sư: không trực tiếp trợ giúp pháp lý, và không tiếp người đến mà không hẹn trước.
caution-limited-eligibility = Chỉ giúp một số người: hãy đọc xem nơi này phục vụ ai.
caution-no-phone-found = Không tìm thấy số điện thoại của nơi này.

## Ghi chú về các đường dây mà một người phải đọc trước khi gọi

hotline-ice-la-field-office-note = Do Sở Di trú và Hải quan (ICE) điều hành. Hãy gọi số này nếu công cụ tìm người bị giam trên mạng của ICE không tìm thấy người đó, và người đó bị bắt ở một trong các quận sau: Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara hoặc San Luis Obispo.
hotline-orr-note = Dành cho cha mẹ hoặc người giám hộ đang tìm một đứa trẻ dưới 18 tuổi đang bị Văn phòng Tái định cư Người tị nạn (Office of Refugee Resettlement) giữ. Một văn phòng chính phủ, không phải một nhóm bênh vực di dân.
hotline-ct-statewide-note = Nếu quý vị không có tình trạng di trú hợp pháp, nguồn tin nói rằng hãy nộp đơn xin trợ giúp thẳng cho New Haven Legal Assistance, không qua đường dây này; nguồn tin cũng nói rằng văn phòng đó không báo tình trạng di trú cho cảnh sát hay bất kỳ cơ quan chức năng nào khác. Chúng tôi không tìm thấy số điện thoại riêng của văn phòng này; trang mạng của văn phòng này là nguồn đầu tiên được ghi cho đường dây này.
