# The family plan form and the emergency text messages. The plan's labels
# are printed on a form filled in by hand; the messages are sent by a person
# (their `-say` text is back-translated in every locale).

## برنامهٔ آمادگی خانواده

plan-title = برنامهٔ آمادگی خانواده
plan-intro = این را پیش از آنکه اتفاقی بیفتد، همراه خانواده‌تان پر کنید. آن را کنار مدارک مهمتان نگه دارید، جایی که افراد مورد اعتمادتان بتوانند پیدایش کنند. شماره‌های تلفن را از حفظ کنید.
plan-emergency-contacts-label = افرادی که در مواقع اضطراری باید با آنها تماس گرفت
plan-emergency-contacts-hint = نام و شمارهٔ تلفن افرادی که به آنها اعتماد دارید. شماره‌ها را از حفظ کنید: اگر بازداشت شوید، ممکن است تلفنتان همراهتان نباشد.
plan-lawyer-label = وکیل شما یا گروه کمک حقوقی شما
plan-lawyer-hint = نام و شمارهٔ تلفن. این شماره را هم از حفظ کنید.
plan-rapid-response-label = خط واکنش سریع شهرستان شما
plan-rapid-response-hint = اگر مأموران مهاجرت را در نزدیکی دیدید، با آن تماس بگیرید. بخش «یافتن کمک» این برنامه خط شهرستان شما را نشان می‌دهد.
plan-children-pickup-label = چه کسی می‌تواند دنبال بچه‌ها برود
plan-children-pickup-hint = افرادی که انتخاب کرده‌اید تا اگر خودتان نتوانستید دنبال بچه‌هایتان بروند، همراه با شمارهٔ تلفنشان. مطمئن شوید که خودشان این را می‌دانند.
plan-documents-label = مدارک مهم کجاست
plan-documents-hint = آنها را در یک جا نگه دارید که افراد مورد اعتمادتان بتوانند سریع به آن دسترسی داشته باشند.
plan-a-numbers-label = شماره‌های A (A-numbers)
plan-a-numbers-hint = شمارهٔ A هر فرد، اگر دارد، و کشور محل تولدش. با اینها، خانواده‌تان می‌تواند در سامانهٔ آنلاین یافتن بازداشت‌شدگان ICE دنبال بزرگسالی بگردد که ICE او را نگه داشته است.
plan-medical-needs-label = نیازهای پزشکی
plan-medical-needs-hint = مشکلات سلامتی و داروهای هر فرد، تا اگر کسی دستگیر یا بازداشت شد، به مأموران گفته شود.

## پیامک‌های اضطراری

emergency-detained-title = بازداشت مهاجرتی
emergency-detained-when = برای وقتی که مأموران مهاجرت شما را بازداشت می‌کنند. همین حالا آن را بنویسید تا خودتان یا فردی مورد اعتماد بتواند آن را سریع بفرستد.
emergency-detained-say = من در { $place } توسط ادارهٔ مهاجرت بازداشت شده‌ام. لطفاً با { $contact } تماس بگیرید. شمارهٔ A من (A-number) { $a_number } است.
emergency-arrested-title = دستگیری توسط پلیس
emergency-arrested-when = برای وقتی که پلیس شما را دستگیر می‌کند. همین حالا آن را بنویسید تا فردی مورد اعتماد بتواند آن را به جای شما بفرستد.
emergency-arrested-say = من در { $place } توسط پلیس دستگیر شده‌ام. لطفاً با { $contact } تماس بگیرید.
emergency-children-title = دنبال بچه‌ها رفتن
emergency-children-when = برای وقتی که نمی‌توانید دنبال بچه‌هایتان بروید. این پیام به فردی اشاره می‌کند که نامش در برنامهٔ خانوادگی‌تان آمده است.
emergency-children-say = من نمی‌توانم دنبال بچه‌ها بروم. لطفاً طبق برنامهٔ خانوادگی‌مان عمل کنید: { $contact } آنها را از { $place } می‌آورد.
emergency-find-me-title = چگونه مرا پیدا کنید
emergency-find-me-when = این را به اعضای خانواده‌ای که به آنها اعتماد دارید بدهید. شمارهٔ A (A-number) و کشور محل تولد شما در آن است، که اگر ICE شما را نگه داشته باشد، برای پیدا کردن شما به آنها نیاز دارند.
emergency-find-me-say = اگر به خانه برنگشتم، ممکن است ICE مرا نگه داشته باشد. می‌توانید در سامانهٔ آنلاین یافتن بازداشت‌شدگان ICE (Online Detainee Locator)، { $locator }، با شمارهٔ A من، { $a_number }، و کشور محل تولدم، { $country }، دنبال من بگردید.
