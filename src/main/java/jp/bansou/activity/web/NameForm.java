package jp.bansou.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new entry of an admin-kept list: its name, and for activity kinds whether it is an event. */
class NameForm {

    @NotBlank(message = "{activity.validation.nameRequired}")
    @Size(max = 100, message = "{activity.validation.nameLength}")
    private String name;

    private boolean event;

    String strippedName() {
        return name.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isEvent() {
        return event;
    }

    public void setEvent(boolean event) {
        this.event = event;
    }
}
