# Ghi chú về các cơ sở giam giữ của ICE ở California (content/states/ca/detention.toml).
# Không bao giờ ghi số điện thoại trong nội dung văn bản: các số là dữ liệu có nguồn.

## Đang hoạt động

facility-adelanto-note = Một trung tâm xử lý (processing center) của Sở Di trú và Hải quan (ICE) ở Adelanto, do công ty tư nhân GEO Group điều hành. Trung tâm này đang hoạt động. Năm 2020, một tòa án đã không cho trung tâm này nhận thêm người mới, nhưng một thỏa thuận dàn xếp (settlement) năm 2025 đã cho phép trung tâm nhận người trở lại hoàn toàn.
facility-desert-view-annex-note = Một khu nhà phụ (annex) của Adelanto ICE Processing Center, nằm trong một nhà tù tiểu bang cũ, do GEO Group điều hành. Khu này đang hoạt động; một đơn khiếu nại về nơi này đã được nộp vào tháng 5 năm 2024.
facility-otay-mesa-note = Một trung tâm giam giữ của Sở Di trú và Hải quan (ICE) ở khu vực Otay Mesa của San Diego, do công ty tư nhân CoreCivic điều hành. Trung tâm này đang hoạt động, và vào năm 2019 đây là trung tâm giam giữ duy nhất của ICE ở San Diego County. Trang mạng của ICE về trung tâm này có ghi giờ thăm; luật sư có thể đến thăm từ 8 giờ 15 sáng đến 9 giờ 30 tối.
facility-imperial-regional-note = Một trung tâm giam giữ của Sở Di trú và Hải quan (ICE) nằm về phía đông của Calexico, do công ty tư nhân Management and Training Corporation (MTC) điều hành. Trung tâm này đang hoạt động. Trung tâm này đã thay thế El Centro Service Processing Center, là nơi đã đóng cửa năm 2014.
facility-mesa-verde-note = Một trung tâm xử lý (processing center) của Sở Di trú và Hải quan (ICE) trên đường Golden State Avenue ở Bakersfield, do GEO Group điều hành; trung tâm này đang hoạt động. Những người bị giam ở đây không thể nhận cuộc gọi từ bên ngoài, nhưng ICE có cung cấp một máy lẻ (extension) để để lại lời nhắn khẩn cấp. Để biết thông tin về một người bị giam ở đây, hãy gọi và chọn số hai, trong khoảng từ tám giờ sáng đến ba giờ rưỡi chiều.
facility-golden-state-annex-note = Một khu nhà phụ (annex) của trung tâm Mesa Verde ở Bakersfield, nằm trong một nhà tù cũ ở McFarland, do GEO Group điều hành. Nơi này đã giam giữ người cho Sở Di trú và Hải quan (ICE) từ tháng 9 năm 2020 và đang hoạt động.
facility-california-city-note = Trung tâm giam giữ lớn nhất của Sở Di trú và Hải quan (ICE) ở California, nằm trong một nhà tù tiểu bang cũ, do công ty tư nhân CoreCivic điều hành. Trung tâm này bắt đầu nhận người cho ICE vào cuối tháng 8 năm 2025, theo một hợp đồng kéo dài đến tháng 8 năm 2027. Các danh sách cũ hơn có thể gọi nơi này là California City Correctional Center.

## Chưa rõ

facility-central-valley-annex-note = Một nhà tù cũ ở McFarland, do GEO Group điều hành, đã được dự định làm một khu nhà phụ (annex) của Sở Di trú và Hải quan (ICE) vào năm 2020. Chúng tôi không biết hiện nay có ai bị giam ở đó cho ICE hay không: một bản tin năm 2025 có nhắc đến một nơi đang có hợp đồng nhưng không được ICE sử dụng, và nơi đó có thể là nơi này.

## Không còn giam giữ ai cho ICE

facility-west-county-richmond-note = Một nhà giam của Contra Costa County ở Richmond. Nhà giam này đã ngừng giam giữ người cho Sở Di trú và Hải quan (ICE) khi cảnh sát trưởng quận (sheriff) chấm dứt hợp đồng vào năm 2018; năm 2025, quận nói rằng quận không giam giữ ai cho ICE. Hiện nay không ai bị giam ở đây cho ICE.
facility-rio-cosumnes-note = Một trung tâm cải huấn (correctional center) của Sacramento County ở Elk Grove. Hợp đồng giam giữ người cho Sở Di trú và Hải quan (ICE) của nơi này đã bị hủy vào năm 2018. Hiện nay không ai bị giam ở đây cho ICE.
facility-theo-lacy-note = Một nhà giam của Orange County ở thành phố Orange. Các nhà giam của Orange County, kể cả nhà giam này, đã không giam giữ ai cho Sở Di trú và Hải quan (ICE) từ ngày 1 tháng 8 năm 2019. Hiện nay không ai bị giam ở đây cho ICE.
facility-james-a-musick-note = Một nhà giam của Orange County mà một danh sách cũ đã ghi là nơi giam giữ di dân. Các nhà giam của Orange County đã không giam giữ ai cho Sở Di trú và Hải quan (ICE) từ ngày 1 tháng 8 năm 2019. Hiện nay không ai bị giam ở đây cho ICE.
facility-santa-ana-city-jail-note = Nhà giam thành phố Santa Ana trước đây từng giam giữ người cho Sở Di trú và Hải quan (ICE). Thành phố đã giới hạn số người đó, và ICE đã chấm dứt hợp đồng vào năm 2017. Hiện nay không ai bị giam ở đây cho ICE.
facility-yuba-county-jail-note = Nhà giam quận ở Marysville đã giam giữ người cho Sở Di trú và Hải quan (ICE) theo một thỏa thuận bắt đầu từ năm 1994. Chính phủ liên bang đã chấm dứt thỏa thuận này vào tháng 12 năm 2022; các bản tin mô tả đó là hợp đồng cuối cùng của ICE với một nhà giam quận ở California. Hiện nay không ai bị giam ở đây cho ICE.
facility-el-centro-spc-note = Một trung tâm xử lý (processing center) cũ của Sở Di trú và Hải quan (ICE) ở El Centro. Trung tâm này đã đóng cửa vào ngày 30 tháng 9 năm 2014, và cơ sở giam giữ Imperial Regional Detention Facility gần Calexico đã thay thế nơi này. Hiện nay không ai bị giam ở đây cho ICE.
