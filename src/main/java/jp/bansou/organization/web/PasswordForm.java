package jp.bansou.organization.web;

import jp.bansou.organization.PasswordPolicy;
import org.springframework.validation.Errors;

/** A password typed twice, checked against {@link PasswordPolicy} on its field. */
class PasswordForm {

    private String password;
    private String passwordAgain;

    /** Whose password it is, for the policy's "not the username" rule; set by the page. */
    private String owner;

    String usernameForPolicy() {
        return owner;
    }

    void checkPassword(Errors errors) {
        PasswordPolicy.STANDARD.problem(usernameForPolicy(), password)
                .ifPresent(problem -> errors.rejectValue("password", "policy", problem));
        if (password != null && !password.equals(passwordAgain)) {
            errors.rejectValue("passwordAgain", "mismatch", "確認用パスワードが一致しません");
        }
    }

    PasswordForm forUser(String username) {
        this.owner = username;
        return this;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
