# 앱이 내용 주변에 직접 보여 주는 문구.

# 모든 권리 카드의 첫 줄. 경찰관이나 요원이 읽도록 보여 줍니다.
card-heading = 저는 미국 헌법에 따른 제 권리를 행사하고 있습니다. 이 카드를 읽어 주십시오.

# 변호사가 내용을 검토하기 전까지 모든 주제와 카드에 표시됩니다.
legal-review-unreviewed = 아직 변호사가 이 내용을 검토하지 않았습니다. 이것은 일반적인 정보이며 법률 자문이 아닙니다.
legal-review-lawyer-reviewed = 변호사가 이 내용을 검토했습니다. 이것은 일반적인 정보이며 법률 자문이 아닙니다.

# 각 단계 옆의 표시.
label-say = 이렇게 말하십시오
label-why = 이유
label-sources = 출처
label-checked = 확인

# 법의 현재 상태.
law-status-in-force = 시행 중
law-status-did-not-pass = 통과되지 않음
law-status-vetoed = 거부권 행사됨
law-status-in-court = 통과되었으나 법원에서 다투는 중
law-status-blocked = 법원이 시행을 막음
law-status-superseded = 이후의 법으로 대체됨
law-status-unconfirmed = 통과되었으나 시행 여부는 확인되지 않음
law-effect-limits-cooperation = 이민 단속에 대한 협조를 제한함
law-effect-mandates-cooperation = 이민 단속에 대한 협조를 요구함
law-effect-other = 기타 이민 관련 법

# 한 주에만 해당하는 단계나 법.
scope-only-in = { $state }에만 해당
