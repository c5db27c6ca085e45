package jp.bansou.activity.web;

import jp.bansou.activity.NewBusiness;

/**
 * The business an entry is about: one already registered, one to register with the record, none
 * named, or a problem (a message code and its argument) to show next to the field.
 */
record BusinessChoice(Long existingId, NewBusiness toRegister, String problemCode, String problemArgument) {

    static final BusinessChoice NONE = new BusinessChoice(null, null, null, null);

    static BusinessChoice existing(long id) {
        return new BusinessChoice(id, null, null, null);
    }

    static BusinessChoice register(NewBusiness business) {
        return new BusinessChoice(null, business, null, null);
    }

    static BusinessChoice problem(String code, String argument) {
        return new BusinessChoice(null, null, code, argument);
    }

    boolean named() {
        return existingId != null || toRegister != null;
    }

    boolean failed() {
        return problemCode != null;
    }
}
