# Nhãn cho phần tìm trợ giúp. Không bao giờ ghi số điện thoại trong tin nhắn:
# các số là dữ liệu có nguồn.

policy-ca-baseline = Tại California, cảnh sát địa phương và cảnh sát quận (sheriff) nói chung không được hỏi về tình trạng di trú của quý vị hay giữ quý vị lại cho Sở Di trú và Hải quan (ICE). Có ngoại lệ đối với người từng bị kết án về một số tội nghiêm trọng. Trong nhà giam địa phương, quý vị có thể từ chối nói chuyện với ICE, hoặc chỉ nói chuyện khi có luật sư của quý vị ở đó; quý vị phải được nhận một mẫu giấy giải thích điều này. Nhân viên liên bang không bị ràng buộc bởi các luật tiểu bang này.

hotline-kind-rapid-response = Đường dây phản ứng nhanh: gọi để báo có nhân viên di trú ở gần và để được giúp đỡ.
hotline-kind-detention-info = Thông tin về những người đang bị giam giữ vì lý do di trú.
hotline-kind-court-info = Thông tin về hồ sơ tại tòa án di trú (tổng đài tự động). Quý vị cần có số A (A-number) của người đó.
hotline-kind-lawyer-referral = Giới thiệu đến luật sư di trú tư nhân.
hotline-kind-referral = Một văn phòng chính phủ giới thiệu người dân đến các dịch vụ.
hotline-operator-government = Do chính phủ điều hành, không phải do các nhóm bênh vực di dân.
hotline-unverified = Chưa được xác minh: số này chỉ đến từ một nguồn, hoặc từ một nguồn cũ.

finder-no-local-line = Chúng tôi không biết có đường dây phản ứng nhanh nào ở địa phương cho quận này. Hãy gọi một đường dây khu vực hoặc toàn quốc ở bên dưới.
finder-outside = Nơi này nằm ngoài khu vực mà Amparo phục vụ. Các đường dây toàn quốc vẫn dùng được.
finder-location-city = Vị trí gần đúng: trung tâm của thành phố đó.
finder-location-county = Vị trí gần đúng: chỉ biết quận.
