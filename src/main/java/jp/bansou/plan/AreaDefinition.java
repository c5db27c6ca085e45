package jp.bansou.plan;

/** What the area form edits: name, guideline ①–④ (1–4, or none) and the sub-heading. */
public record AreaDefinition(String name, Integer guideline, String subHeading) {

    public AreaDefinition {
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty()) {
            throw new PlanChangeRefused("事業名を入力してください");
        }
        if (name.length() > 200) {
            throw new PlanChangeRefused("事業名は200文字以内で入力してください");
        }
        if (guideline != null && (guideline < 1 || guideline > 4)) {
            throw new PlanChangeRefused("指針は①〜④から選んでください");
        }
        subHeading = subHeading == null || subHeading.isBlank() ? null : subHeading.strip();
        if (subHeading != null && subHeading.length() > 100) {
            throw new PlanChangeRefused("小見出しは100文字以内で入力してください");
        }
    }
}
