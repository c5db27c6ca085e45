package jp.bansou.organization;

/** No such user, staff member, group or district in the admin's association (another association's ids included). */
public class OrganizationNotFoundException extends RuntimeException {

    public OrganizationNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
