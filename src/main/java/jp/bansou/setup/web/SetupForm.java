package jp.bansou.setup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.PasswordPolicy;
import jp.bansou.setup.FirstSetup;
import jp.bansou.shared.FiscalYear;
import org.springframework.validation.Errors;

/** The set-up page's fields; years as typed (令和7年度, 2025年度 or 2025), districts one per line. */
class SetupForm {

    @NotBlank(message = "商工会名を入力してください")
    @Size(max = 200, message = "商工会名は200文字以内にしてください")
    private String associationName;
    @NotBlank(message = "商工会コードを入力してください")
    @Pattern(regexp = "[a-z0-9-]{2,40}", message = "商工会コードは半角英小文字・数字・ハイフンの2〜40文字にしてください")
    private String code;
    @NotBlank(message = "地区を1つ以上入力してください")
    private String districts;
    @NotBlank(message = "現在の年度を入力してください")
    private String year;
    @NotBlank(message = "計画の最初の年度を入力してください")
    private String planFirst;
    @NotBlank(message = "計画の最後の年度を入力してください")
    private String planLast;
    @NotBlank(message = "管理者のユーザー名を入力してください")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "ユーザー名は半角英数字と . _ - の3〜60文字にしてください")
    private String username;
    @NotBlank(message = "管理者の表示名を入力してください")
    @Size(max = 100, message = "表示名は100文字以内にしてください")
    private String displayName;
    private String password;
    private String passwordAgain;

    static SetupForm startingIn(FiscalYear year) {
        SetupForm form = new SetupForm();
        form.year = year.japaneseLabel();
        form.planFirst = year.japaneseLabel();
        form.planLast = FiscalYear.of(year.startYear() + FirstSetup.MAX_PLAN_YEARS - 1).japaneseLabel();
        return form;
    }

    /** The checks Bean Validation cannot make, each reported on its field; the set-up when all pass. */
    FirstSetup toSetup(Errors errors) {
        List<String> names = districtNames(errors);
        FiscalYear current = year("year", year, errors);
        FiscalYear first = year("planFirst", planFirst, errors);
        FiscalYear last = year("planLast", planLast, errors);
        PasswordPolicy.STANDARD.problem(username, password).ifPresent(p -> errors.rejectValue("password", "policy", p));
        if (password != null && !password.equals(passwordAgain)) {
            errors.rejectValue("passwordAgain", "mismatch", "確認用パスワードが一致しません");
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return new FirstSetup(associationName.strip(), code, names, current, first, last, username,
                    displayName.strip(), password);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("planLast", "plan", e.getMessage());
            return null;
        }
    }

    private List<String> districtNames(Errors errors) {
        List<String> names = new ArrayList<>();
        String[] lines = districts == null ? new String[0] : districts.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > 100) {
                errors.rejectValue("districts", "length", "地区 " + (i + 1) + "行目: 地区名は100文字以内にしてください");
            } else if (names.contains(name)) {
                errors.rejectValue("districts", "duplicate", "地区 " + (i + 1) + "行目: 「" + name + "」が重複しています");
            }
            names.add(name);
        }
        return names;
    }

    private static FiscalYear year(String field, String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FiscalYear.parse(text);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "year", "「" + text + "」を年度として読めません（例: 令和7年度）");
            return null;
        }
    }

    public String getAssociationName() { return associationName; }
    public void setAssociationName(String associationName) { this.associationName = associationName; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDistricts() { return districts; }
    public void setDistricts(String districts) { this.districts = districts; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getPlanFirst() { return planFirst; }
    public void setPlanFirst(String planFirst) { this.planFirst = planFirst; }
    public String getPlanLast() { return planLast; }
    public void setPlanLast(String planLast) { this.planLast = planLast; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordAgain() { return passwordAgain; }
    public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }
}
