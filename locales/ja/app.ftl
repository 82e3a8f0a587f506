# アプリ自体が表示する文（内容の周り）。

# すべての権利カードの1行目。係官に読んでもらうためのもの。
card-heading = 私は合衆国憲法で認められた権利を行使しています。このカードを読んでください。

# 弁護士がまだ内容を確認していない間、すべてのトピックとカードに表示される。
legal-review-unreviewed = この文章はまだ弁護士が確認していません。一般的な情報であり、法的助言ではありません。
legal-review-lawyer-reviewed = この文章は弁護士が確認しました。一般的な情報であり、法的助言ではありません。

# 各ステップの横に付くラベル。
label-say = 言うこと
label-why = 理由
label-sources = 出典
label-checked = 確認日

# 法律の状態を言葉で表す。
law-status-in-force = 施行中
law-status-did-not-pass = 成立しなかった
law-status-vetoed = 拒否権が行使された
law-status-in-court = 成立したが、裁判で争われている
law-status-blocked = 裁判所が差し止めた
law-status-superseded = 後の法律に置き換えられた
law-status-unconfirmed = 成立したが、施行されたかどうかは確認されていない
law-effect-limits-cooperation = 移民取り締まりへの協力を制限する
law-effect-mandates-cooperation = 移民取り締まりへの協力を義務づける
law-effect-other = その他の移民関連法

# 1つの州だけに当てはまるステップや法律。
scope-only-in = { $state }のみ
