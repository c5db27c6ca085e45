package jp.bansou.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void givesThePercentOfTheFileReadWhileReading() {
        ImportProgress progress = new ImportProgress(1000);
        assertThat(progress.snapshot().percent()).isEqualTo(-1);
        progress.enter(ImportProgress.Phase.READING);
        progress.bytesRead(250);
        progress.rowRead();
        assertThat(progress.snapshot().percent()).isEqualTo(25);
        assertThat(progress.snapshot().rows()).isEqualTo(1);
        progress.bytesRead(5000);
        assertThat(progress.snapshot().bytesRead()).isEqualTo(1000);
        assertThat(progress.snapshot().percent()).isEqualTo(100);
    }

    @Test
    void knowsNoPercentForAWorkbookAndAllOfItOnceStoring() {
        ImportProgress workbook = new ImportProgress(0);
        workbook.enter(ImportProgress.Phase.READING);
        workbook.rowRead();
        assertThat(workbook.snapshot().percent()).isEqualTo(-1);
        workbook.enter(ImportProgress.Phase.STORING);
        assertThat(workbook.snapshot().percent()).isEqualTo(100);
    }
}
