package jp.bansou.activity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import org.junit.jupiter.api.Test;

class CellsAndMappingTest {

    @Test
    void splitsNamesOnEverySeparator() {
        assertThat(Cells.split("佐々木・河本、藤本,井川;古川，菊池；大石･住谷")).containsExactly("佐々木", "河本", "藤本", "井川",
                "古川", "菊池", "大石", "住谷");
        assertThat(Cells.split(" ")).isEmpty();
    }

    @Test
    void readsWholeNumbersWithUnitsAndFullWidthDigits() {
        assertThat(Cells.wholeNumber("９０")).contains(90);
        assertThat(Cells.wholeNumber("90分")).contains(90);
        assertThat(Cells.wholeNumber("1,200")).contains(1200);
        assertThat(Cells.wholeNumber("15.0")).contains(15);
        assertThat(Cells.wholeNumber("-5")).isEmpty();
        assertThat(Cells.wholeNumber("1.5")).isEmpty();
        assertThat(Cells.wholeNumber("=1+1")).isEmpty();
    }

    @Test
    void keepsAMappingAsJsonAndReadsTheFlatForm() {
        ImportMapping mapping = new ImportMapping(Map.of("相談日", ImportField.DATE), Map.of("佐々木 太郎", "佐々木"),
                Map.of("本所（呉）", "本所"));
        assertThat(MappingText.read(MappingText.write(mapping))).isEqualTo(mapping);
        List<String> problems = new java.util.ArrayList<>();
        ImportMapping flat = MappingText.fromJson(Map.of("相談日", "date", "区分", "kind", "担当", "advisor",
                "staff", Map.of("佐々木 太郎", "佐々木")), problems);
        assertThat(flat.columns()).containsOnly(Map.entry("相談日", ImportField.DATE), Map.entry("区分", ImportField.KIND));
        assertThat(flat.staffNames()).containsEntry("佐々木 太郎", "佐々木");
        assertThat(problems).singleElement().asString().startsWith("列「担当」の項目「advisor」はありません");
    }

    @Test
    void saysWhatAMappingLacks() {
        Map<String, ImportField> twice = new java.util.LinkedHashMap<>();
        twice.put("日", ImportField.DATE);
        twice.put("日付", ImportField.DATE);
        assertThat(ImportMapping.of(twice).problems()).containsExactly(
                "項目「日付」に列「日」と「日付」の両方が割り当てられています", "項目「活動種別」に割り当てた列がありません");
    }
}
