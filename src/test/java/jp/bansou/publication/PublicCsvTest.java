package jp.bansou.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicCsvTest {

    @Test
    void writesUtf8WithBomHeaderAndCrlfNeutralisingFormulas() {
        byte[] csv = PublicCsv.of(List.of(new PublicRow("=事業", "@項目", false, "件", "1,200以上", "1,300", "108.3%", "A")));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo("事業,項目,単位,目標,実績,達成率,達成状況\r\n"
                + "\"'=事業\",\"'@項目\",件,\"1,200以上\",\"1,300\",108.3%,A\r\n");
    }
}
