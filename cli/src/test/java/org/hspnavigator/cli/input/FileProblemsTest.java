package org.hspnavigator.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The words for a file that cannot be used: the operating system's reason, never an exception's class name. */
class FileProblemsTest {

    @Test
    void aMissingFileOrFolderDependsOnWhetherItIsReadOrWritten() {
        assertThat(FileProblems.reading(new NoSuchFileException("in.csv"))).isEqualTo("no such file");
        assertThat(FileProblems.writing(new NoSuchFileException("out/x.csv")))
                .isEqualTo("cannot be created (no such folder)");
    }

    @Test
    void theOperatingSystemsReasonIsGivenInLowerCaseWithoutTheFileName() {
        assertThat(FileProblems.writing(new FileSystemException("out.csv", null, "Read-only file system")))
                .isEqualTo("cannot be written: read-only file system");
        assertThat(FileProblems.writing(new FileSystemException("results", null, "Is a directory")))
                .isEqualTo("is a folder, not a file");
        assertThat(FileProblems.reading(new AccessDeniedException("in.csv"))).isEqualTo("permission denied");
        assertThat(FileProblems.reading(new IOException("Input/output error")))
                .isEqualTo("cannot be read: input/output error");
        assertThat(FileProblems.writing(new IOException())).isEqualTo("cannot be written");
    }

    @Test
    void inEnglishEachKnownReasonIsTheSystemsOwnWordsAsBefore() {
        CommandTexts english = CommandTexts.problems(Language.EN);
        FileProblems.knownReasons().forEach((reason, key) -> assertThat(english.text(key)).isEqualTo(reason));
        assertThat(FileProblems.reading(new FileSystemException("in.json", null, "Not a directory")))
                .isEqualTo("cannot be read: not a directory");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyKnownReasonIsTranslated(Language language) {
        CommandTexts translated = CommandTexts.problems(language);
        FileProblems.knownReasons().forEach((reason, key) -> assertThat(translated.text(key))
                .as("%s in %s", key, language).isNotEqualTo(reason).doesNotContainPattern("[a-z]{3}"));
    }

    @Test
    void theSystemsReasonInJapaneseChineseAndKoreanKeepsNoEnglish() {
        IOException full = new FileSystemException("out.csv", null, "No space left on device");
        assertThat(FileProblems.writing(full, Language.JA)).isEqualTo("書き込めません：ディスクの空き容量がありません");
        assertThat(FileProblems.writing(full, Language.ZH)).isEqualTo("无法写入：设备上没有剩余空间");
        assertThat(FileProblems.writing(full, Language.ZH_HANT)).isEqualTo("無法寫入：裝置上沒有剩餘空間");
        assertThat(FileProblems.writing(full, Language.KO)).isEqualTo("쓸 수 없습니다: 장치에 남은 공간이 없습니다");
        IOException readOnly = new FileSystemException("out.csv", null, "Read-only file system");
        assertThat(FileProblems.writing(readOnly, Language.JA)).isEqualTo("書き込めません：読み取り専用のファイルシステムです");
        assertThat(FileProblems.writing(readOnly, Language.KO)).isEqualTo("쓸 수 없습니다: 읽기 전용 파일 시스템입니다");
        assertThat(FileProblems.reading(new IOException("Input/output error"), Language.ZH))
                .isEqualTo("无法读取：输入/输出错误");
        assertThat(FileProblems.reading(new FileSystemException("in.json", null, "Is a directory"), Language.ZH_HANT))
                .isEqualTo("是資料夾，不是檔案");
        assertThat(FileProblems.reading(new AccessDeniedException("in.json"), Language.KO)).isEqualTo("접근 권한이 없습니다");
        assertThat(FileProblems.reading(new NoSuchFileException("in.json"), Language.JA)).isEqualTo("ファイルがありません");
    }

    @Test
    void theReasonAloneFollowsAMessageThatSaysTheWriteFailed() {
        assertThat(FileProblems.writingReason(new FileSystemException("out.pdf", null, "Read-only file system"), Language.EN))
                .isEqualTo("read-only file system");
        assertThat(FileProblems.writingReason(new IOException("No space left on device"), Language.JA))
                .isEqualTo("ディスクの空き容量がありません");
        assertThat(FileProblems.writingReason(new FileSystemException("out.pdf", null, "Stale file handle"), Language.EN))
                .isEqualTo("stale file handle");
        assertThat(FileProblems.writingReason(new FileSystemException("out.pdf", null, "Is a directory"), Language.EN))
                .isEqualTo("is a folder, not a file");
        assertThat(FileProblems.writingReason(new AccessDeniedException("out.pdf"), Language.EN)).isEqualTo("permission denied");
        assertThat(FileProblems.writingReason(new IOException(), Language.EN)).isEqualTo("cannot be written");
    }

    @Test
    void aReasonNotKnownStaysAsTheSystemSaysIt() {
        assertThat(FileProblems.reading(new FileSystemException("in.json", null, "Stale file handle"), Language.JA))
                .isEqualTo("読み取れません：stale file handle");
    }
}
