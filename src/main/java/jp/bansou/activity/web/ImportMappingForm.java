package jp.bansou.activity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;

/**
 * The mapping step's form: a field key per file column (in the file's order; "" to skip it),
 * readings of staff and district names as parallel lists, the profile name to save it under, and
 * the fiscal year the dates must fall in.
 */
class ImportMappingForm {

    private List<String> fields = new ArrayList<>();
    private List<String> staffFrom = new ArrayList<>();
    private List<String> staffTo = new ArrayList<>();
    private List<String> districtFrom = new ArrayList<>();
    private List<String> districtTo = new ArrayList<>();
    private String profileName;
    private Integer fy;
    private boolean skipBadRows;

    /** The form showing the mapping for these headers. */
    static ImportMappingForm of(List<String> headers, ImportMapping mapping, String profileName) {
        ImportMappingForm form = new ImportMappingForm();
        Map<String, ImportField> byFolded = new LinkedHashMap<>();
        mapping.columns().forEach((header, field) -> byFolded.put(ImportMapping.fold(header), field));
        headers.forEach(h -> {
            ImportField field = byFolded.get(ImportMapping.fold(h));
            form.fields.add(field == null ? "" : field.key());
        });
        mapping.staffNames().forEach((from, to) -> form.addStaff(from, to));
        mapping.districtNames().forEach((from, to) -> form.addDistrict(from, to));
        form.profileName = profileName;
        return form;
    }

    ImportMapping toMapping(List<String> headers) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < fields.size(); i++) {
            String header = headers.get(i);
            ImportField.ofKey(fields.get(i)).filter(f -> !header.isBlank()).ifPresent(f -> columns.put(header, f));
        }
        return new ImportMapping(columns, readings(staffFrom, staffTo), readings(districtFrom, districtTo));
    }

    void addStaff(String from, String to) {
        if (!staffFrom.contains(from)) {
            staffFrom.add(from);
            staffTo.add(to == null ? "" : to);
        }
    }

    void addDistrict(String from, String to) {
        if (!districtFrom.contains(from)) {
            districtFrom.add(from);
            districtTo.add(to == null ? "" : to);
        }
    }

    private static Map<String, String> readings(List<String> from, List<String> to) {
        Map<String, String> readings = new LinkedHashMap<>();
        for (int i = 0; i < from.size() && i < to.size(); i++) {
            if (from.get(i) != null && !from.get(i).isBlank() && to.get(i) != null && !to.get(i).isBlank()) {
                readings.put(from.get(i), to.get(i));
            }
        }
        return readings;
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> fields) {
        this.fields = fields;
    }

    public List<String> getStaffFrom() {
        return staffFrom;
    }

    public void setStaffFrom(List<String> staffFrom) {
        this.staffFrom = staffFrom;
    }

    public List<String> getStaffTo() {
        return staffTo;
    }

    public void setStaffTo(List<String> staffTo) {
        this.staffTo = staffTo;
    }

    public List<String> getDistrictFrom() {
        return districtFrom;
    }

    public void setDistrictFrom(List<String> districtFrom) {
        this.districtFrom = districtFrom;
    }

    public List<String> getDistrictTo() {
        return districtTo;
    }

    public void setDistrictTo(List<String> districtTo) {
        this.districtTo = districtTo;
    }

    public boolean isSkipBadRows() {
        return skipBadRows;
    }

    public void setSkipBadRows(boolean skipBadRows) {
        this.skipBadRows = skipBadRows;
    }

    public String getProfileName() {
        return profileName;
    }

    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    public Integer getFy() {
        return fy;
    }

    public void setFy(Integer fy) {
        this.fy = fy;
    }
}
