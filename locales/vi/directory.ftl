# Chữ cho phần tìm trợ giúp. Không bao giờ ghi số điện thoại trong nội dung văn bản:
# các số là dữ liệu có nguồn.

policy-ca-baseline = Tại California, cảnh sát địa phương và văn phòng cảnh sát trưởng quận (sheriff) nói chung không được hỏi về tình trạng di trú của quý vị, và nhà giam địa phương không được giữ quý vị quá giờ được thả vì Sở Di trú và Hải quan (ICE) yêu cầu. Nếu quý vị đã bị kết án về một số tội nghiêm trọng, nhà giam vẫn có thể báo cho ICE biết khi nào quý vị được thả, hoặc giao quý vị cho ICE. Trong nhà giam địa phương, quý vị có thể từ chối nói chuyện với ICE, hoặc chỉ nói chuyện khi có luật sư của quý vị ở đó; quý vị cần được nhận một mẫu đơn giải thích điều này. Nhân viên công lực liên bang không bị ràng buộc bởi các luật tiểu bang này.

## Đường dây dùng để làm gì, và ai điều hành

hotline-kind-rapid-response = Đường dây phản ứng nhanh: gọi để báo có nhân viên di trú ở gần và để được giúp đỡ.
hotline-kind-detention-info = Thông tin về những người đang bị giam giữ vì lý do di trú.
hotline-kind-court-info = Thông tin về hồ sơ tại tòa án di trú (tổng đài tự động). Quý vị cần có số A (A-number) của người đó.
hotline-kind-lawyer-referral = Giới thiệu đến luật sư di trú tư nhân.
hotline-kind-referral = Một văn phòng chính phủ giới thiệu người dân đến các dịch vụ.
hotline-kind-legal-aid = Trợ giúp pháp lý miễn phí: gọi để nộp đơn xin trợ giúp, hoặc để được chuyển đến đúng văn phòng.
hotline-operator-government = Do chính phủ điều hành, không phải do các nhóm bênh vực di dân.

## Những gì biết được về một số điện thoại. "Đã xác nhận" nghĩa là đã có người gọi số đó.

number-not-confirmed = Chưa được xác nhận qua điện thoại. Nguồn mới nhất: năm { $year }.
number-not-confirmed-undated = Chưa được xác nhận qua điện thoại. Các nguồn của số này không ghi ngày.
number-confirmed = Đã xác nhận qua điện thoại vào ngày { $date }.
number-low-confidence = Độ tin cậy thấp: số này chỉ đến từ một nguồn, hoặc từ một nguồn cũ.
number-extension = số máy lẻ { $extension }
number-takes-texts = Có nhận tin nhắn văn bản.
confidence-high = Độ tin cậy cao
confidence-medium = Độ tin cậy trung bình
confidence-low = Độ tin cậy thấp

## Những số không khớp nhau, và những đường dây chỉ dành cho một khu vực

hotline-conflict = Các nguồn không thống nhất về số này. Cả hai số đều được hiển thị, và chưa có ai gọi thử các số đó.
hotline-area = Chỉ phục vụ { $area }, không phục vụ toàn quận.
conflict-sacramento = Hai nguồn đưa ra hai số đường dây phản ứng nhanh khác nhau cho Sacramento, mỗi số của một mạng lưới khác nhau. Chúng tôi không biết được số nào đang còn dùng. Hãy thử cả hai số.
conflict-long-beach = Một danh sách năm 2019 và một danh sách mới hơn không ghi ngày đưa ra hai số khác nhau cho Long Beach Community Defense Network (Mạng lưới Bảo vệ Cộng đồng Long Beach). Chúng tôi không biết được số nào đang còn dùng. Hãy thử cả hai số.

## Giờ hoạt động, theo múi giờ của đường dây

hours-always = Mở 24 giờ, tất cả các ngày
hours-days-range = { $first } đến { $last }
hours-rule = { $days }, { $times }
hours-span = { $opens }–{ $closes }
hours-in-zone = { $hours } ({ $zone })
hours-list-separator = {", "}
hours-rules-separator = {"; "}
hours-open-now = Đang mở
hours-closed-now = Đang đóng
time-zone-pacific = giờ Thái Bình Dương
time-zone-eastern = giờ miền Đông
weekday-monday = Thứ Hai
weekday-tuesday = Thứ Ba
weekday-wednesday = Thứ Tư
weekday-thursday = Thứ Năm
weekday-friday = Thứ Sáu
weekday-saturday = Thứ Bảy
weekday-sunday = Chủ Nhật

## Người đó đang ở đâu

finder-no-local-line = Chúng tôi không biết có đường dây phản ứng nhanh nào ở địa phương cho nơi này. Hãy gọi một đường dây khu vực hoặc toàn quốc ở bên dưới.
finder-outside = Nơi này nằm ngoài khu vực mà Amparo phục vụ. Các đường dây toàn quốc vẫn dùng được.
finder-other-state = Amparo chưa có nội dung địa phương cho { $state }. Các đường dây toàn quốc vẫn dùng được.
finder-location-city = Vị trí gần đúng: trung tâm của thành phố đó.
finder-location-county = Vị trí gần đúng: chỉ biết quận.
finder-location-zip = Vị trí gần đúng: trung tâm của mã ZIP đó.
nearby-shared-zip = Một phần của mã ZIP này thuộc { $county }.
nearby-shared-city = Một phần của thành phố này thuộc { $county }.
nearby-near-border = { $county } cách đây { $km } km. Hãy kiểm tra xem quý vị đang ở quận hoặc vùng nào.
nearby-nearest = Quận hoặc vùng gần nhất mà Amparo phục vụ là { $county }, cách đây { $km } km.
nearby-former-county = { $former } County cũ nay có một phần thuộc { $county }.

## Hiển thị cùng một điểm mà mọi nguồn đều yếu (blog, bài đăng lại, trang của văn phòng luật)

caveat-weak-sources = Nguồn của chúng tôi cho điểm này là các blog, bản sao của các trang khác hoặc trang của các văn phòng luật, không phải văn bản chính thức hay văn bản pháp luật. Hãy hỏi luật sư để kiểm tra điểm này.
