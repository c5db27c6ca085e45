package jp.bansou.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.bansou.organization.NewUser;
import jp.bansou.organization.UserRole;

/** A new login: username, display name, role, the staff member it is (optional), password twice. */
class UserForm extends PasswordForm {

    @NotBlank(message = "ユーザー名を入力してください")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "ユーザー名は半角英数字と . _ - の3〜60文字にしてください")
    private String username;
    @NotBlank(message = "表示名を入力してください")
    @Size(max = 100, message = "表示名は100文字以内にしてください")
    private String displayName;
    @NotNull(message = "権限を選んでください")
    private UserRole role = UserRole.STAFF;
    private Long staffMemberId;

    NewUser toNewUser() {
        return new NewUser(username, displayName, role, getPassword(), staffMemberId);
    }

    @Override
    String usernameForPolicy() {
        return username;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public UserRole getRole() {
        return role;
    }

    public void setRole(UserRole role) {
        this.role = role;
    }

    public Long getStaffMemberId() {
        return staffMemberId;
    }

    public void setStaffMemberId(Long staffMemberId) {
        this.staffMemberId = staffMemberId;
    }
}
