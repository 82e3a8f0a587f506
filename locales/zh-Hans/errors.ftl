# 出了什么问题，用人能照着去做的话来说明。调用失败时，应用会显示这些信息；
# 它们都不会重复用户输入的内容。

error-invalid-locale = 无法读取这个语言设置。请从列表中选择一种语言。
error-unknown-topic = 本应用里没有这个情况。请从列表中选择一项。
error-unknown-law = 本应用里没有这部法律。请从列表中选择一项。
error-unknown-warrant-state = 令状问题的进度丢失了。请从头重新回答这些问题。
error-unknown-warrant-choice = 这不是这个问题的答案之一。请从显示的答案中选择一个。
error-unknown-message = 本应用请求了一段不存在的文字。这是本应用的程序错误。
error-invalid-coordinates = 无法读取您的位置。请改为输入邮政编码（ZIP code）或县的名称。
error-invalid-zip = 邮政编码（ZIP code）有 5 位数字，例如 90012。
error-unknown-zip = 本应用不认识这个邮政编码。请检查一下，或者输入您所在的县。
error-unknown-county = 在本应用覆盖的地区里，没有这个名称的县。
error-unknown-city = 在本应用覆盖的地区里，没有这个名称的城市。
error-unknown-state = 这不是美国的州。请输入州的两个英文字母代码，例如 CA。
error-invalid-time = 无法读取这个时间。请用英文输入星期，再输入时间，例如 Mon 22:30（Mon 是星期一）。
error-not-a-pack = 这个文件不是 Amparo 的内容文件。没有做任何更改。
error-unsupported-pack-format = 这个内容文件是给另一个版本的应用使用的。没有做任何更改。
error-corrupt-pack = 这个内容文件已损坏或不完整。没有做任何更改。
error-pack-too-large = 这个内容文件太大，不可能是真的。没有做任何更改。
error-unknown-key = 这个内容文件没有 Amparo 的签名。它可能是假的。没有做任何更改。
error-bad-signature = 这个内容文件在 Amparo 签名之后被改动过。它可能是假的。没有做任何更改。
# $offered：文件的内容版本；$in_use：应用正在使用的版本。
error-not-newer = 这个内容文件（版本 { $offered }）并不比您现有的内容（版本 { $in_use }）新。没有做任何更改。
# $required：应用的版本，例如 0.2.0。
error-needs-newer-app = 这个内容文件需要较新版本的应用（{ $required }）。请先更新应用。没有做任何更改。
# $missing：语言代码，例如 "km, ti"。
error-fewer-languages = 这个内容文件缺少应用已经有的语言（{ $missing }）。没有做任何更改。
error-storage = 应用无法把内容文件保存到这部手机上。您现有的内容仍然可以使用。
error-no-data-folder = 应用无法在这里安装内容文件。您现有的内容仍然可以使用。
error-unknown-question = 这份测验里没有这道题。请重新开始测验。
error-unknown-quiz-choice = 这不是这道题的答案选项。请从显示的字母中选一个。
error-unknown-emergency-message = 本应用里没有这条消息。请从列表中选一条。
error-unknown-message-value = 应用给这条消息提供了它并不需要的内容。这是应用的程序错误。
error-value-too-long = 内容太长，一条短信放不下。请使用不超过 { $limit } 个字符。
