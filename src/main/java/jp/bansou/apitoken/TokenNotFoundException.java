package jp.bansou.apitoken;

/** No such token for this user or association (another association's tokens included): the pages answer 404. */
public class TokenNotFoundException extends RuntimeException {

    public TokenNotFoundException(long id) {
        super("api token " + id + " not found");
    }
}
