package jp.bansou.activity.web;

/** The upload a step refers to is gone (another session, evicted, or the session ended). */
class UploadExpiredException extends RuntimeException {

    UploadExpiredException() {
        super("アップロードしたファイルの有効期限が切れました", null, false, false);
    }
}
