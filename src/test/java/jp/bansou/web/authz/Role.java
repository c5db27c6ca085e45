package jp.bansou.web.authz;

/**
 * The columns of the route table: who asks. STAFF and LEAD are the same login (kawamoto); LEAD
 * gets the ids of an item kawamoto leads, STAFF those of an item he has nothing to do with. OTHER is
 * the admin of a second association asking for the seed association's ids.
 */
enum Role {
    ANONYMOUS(null), VIEWER("viewer"), STAFF("kawamoto"), LEAD("kawamoto"), REVIEWER("sasaki"), ADMIN("admin"),
    OTHER(RouteFixture.OTHER_ADMIN);

    final String username;

    Role(String username) {
        this.username = username;
    }
}
