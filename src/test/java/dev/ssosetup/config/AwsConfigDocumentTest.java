package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsConfigDocumentTest {
  private static final SectionId DEFAULT = SectionId.profile("default");
  private static final SectionId DEV = SectionId.profile("dev");

  /** Parses, edits, checks that the SDK reads the result as the document does, and renders. */
  private static String edit(String text, Consumer<AwsConfigDocument> change) {
    AwsConfigDocument document = AwsConfigDocument.parse(text);
    change.accept(document);
    String result = document.render();
    assertThat(SdkViews.sdk(result, document)).as(result).isEqualTo(SdkViews.model(document));
    return result;
  }

  // --- Lossless reading ---

  @Test
  void parse_anyText_rendersItBackExactly() {
    String[] texts = {
      "",
      "\n",
      "[default]",
      "[default]\r\nregion = x\r\n",
      "[default]\rregion = x\r",
      "[default]\nregion = x\r\n\n\r\r\n",
      "\uFEFF[default]\nregion = x\n",
      "[profile x] ; c\n\tkey\t=\tvalue\t# c\n  cont\n[",
      "garbage ] = [ \u0000 \uD800 日本語\n\n",
    };
    for (String text : texts) {
      assertThat(AwsConfigDocument.parse(text).render()).isEqualTo(text);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(AwsConfigDocument.parse(bytes).toBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void parse_bytesThatAreNotUtf8_areWrittenBackAsTheyWere() {
    byte[] bytes = {
      '[', 'a', ']', '\n', 'k', '=', (byte) 0xff, (byte) 0xc3, '\r', '\n', (byte) 0x80
    };
    AwsConfigDocument document = AwsConfigDocument.parse(bytes);

    assertThat(document.toBytes()).isEqualTo(bytes);
    document.set(SectionId.profile("new"), "region", "x");
    assertThat(document.toBytes()).startsWith(bytes);
  }

  @Test
  void parse_bom_isKeptAndTheSdkRejectsTheFile() {
    byte[] bytes = "\uFEFF[default]\nregion = x\n".getBytes(StandardCharsets.UTF_8);
    AwsConfigDocument document = AwsConfigDocument.parse(bytes);

    assertThat(document.toBytes()).isEqualTo(bytes);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(document.problem()).contains("Expected a profile definition on line 1");
    assertThat(SdkViews.sdkProblem(document.render())).isEqualTo(document.problem().get());
  }

  // --- Reading as the SDK does ---

  @Test
  void defaultSections_listsEachDeclarationOfTheDefaultProfileInFileOrder() {
    assertThat(
            AwsConfigDocument.parse(
                    "[default]\n[profile dev]\n[profile default] ; the SDKs read this one\n"
                        + "[ default ]\n")
                .defaultSections())
        .containsExactly("[default]", "[profile default]", "[default]");
    assertThat(AwsConfigDocument.parse("[profile dev]\n").defaultSections()).isEmpty();
  }

  @Test
  void profileNames_followTheSdk() {
    AwsConfigDocument document =
        AwsConfigDocument.parse(
            "[default]\n[profile b]\n[foo]\n[profile in valid]\n[profile\tc ]\n[profile b]\n"
                + "[profile default]\n[sso-session s]\n[services v]\n[profilex]\n");

    assertThat(document.profileNames()).containsExactly("b", "c", "default");
    assertThat(document.ssoSessionNames()).containsExactly("s");
    assertThat(document.servicesNames()).containsExactly("v");
    assertThat(document.contains(SectionId.profile("foo"))).isFalse();
    assertThat(document.contains(SectionId.profile("in valid"))).isFalse();
  }

  @Test
  void get_keysAreCaseSensitive_asInTheJavaSdk() {
    AwsConfigDocument document =
        AwsConfigDocument.parse("[profile foo]\nName = a\n[profile foo]\nname = b\n");

    assertThat(document.properties(SectionId.profile("foo")))
        .containsExactly(Map.entry("Name", "a"), Map.entry("name", "b"));
    assertThat(SdkViews.sdk(document.render())).isEqualTo(SdkViews.model(document));
  }

  @Test
  void properties_duplicateSectionsMergeAndTheLastKeyWins() {
    AwsConfigDocument document =
        AwsConfigDocument.parse(
            "[profile dev]\na = 1\nb = 1\n[profile dev]\na = 2\nc = 3\na = 4\n");

    assertThat(document.properties(DEV))
        .containsExactly(Map.entry("a", "4"), Map.entry("b", "1"), Map.entry("c", "3"));
  }

  @Test
  void properties_includeSubPropertiesAsDottedKeys_asTheSdkReadsThem() {
    AwsConfigDocument document =
        AwsConfigDocument.parse(
            "[default]\ns3 =\n  max_concurrent_requests = 20\n\n  addressing_style = path\nregion = x\n");

    assertThat(document.properties(DEFAULT))
        .containsExactly(
            Map.entry("s3", "\nmax_concurrent_requests = 20\naddressing_style = path"),
            Map.entry("s3.max_concurrent_requests", "20"),
            Map.entry("s3.addressing_style", "path"),
            Map.entry("region", "x"));
    assertThat(SdkViews.sdk(document.render())).isEqualTo(SdkViews.model(document));
  }

  @Test
  void properties_profileDefaultBeatsDefault() {
    AwsConfigDocument document =
        AwsConfigDocument.parse("[default]\na = 1\n[profile default]\nb = 2\n[default]\nc = 3\n");

    assertThat(document.properties(DEFAULT)).containsExactly(Map.entry("b", "2"));
  }

  @Test
  void get_commentsNeedWhitespaceBeforeThem() {
    AwsConfigDocument document =
        AwsConfigDocument.parse("[default]\na = x # c\nb = y;z\nc = \"q\"\n");

    assertThat(document.get(DEFAULT, "a")).contains("x");
    assertThat(document.get(DEFAULT, "b")).contains("y;z");
    assertThat(document.get(DEFAULT, "c")).contains("\"q\"");
    assertThat(document.get(DEFAULT, "d")).isEmpty();
  }

  @Test
  void problem_isTheSdksMessage() {
    String[] texts = {
      "[profile foo", "key = value", "[profile foo]\n -continued", "[profile foo]\nkey : value",
      "[profile foo]\n= value", "[profile foo]\ns3 =\n invalid", "[sso-session x ; c]", "[",
    };
    for (String text : texts) {
      AwsConfigDocument document = AwsConfigDocument.parse(text);
      assertThat(document.problem()).as(text).isPresent();
      if (!text.equals("[")) { // the SDK fails on a lone '[' with an index error and no message
        assertThat(document.problem()).as(text).contains(SdkViews.sdkProblem(text));
      }
    }
    assertThat(AwsConfigDocument.parse("[profile default]\n[default]\nno equals sign\n").problem())
        .as("the SDK skips a [default] that [profile default] overrides")
        .isEmpty();
  }

  // --- set: changing a key in place ---

  @Test
  void set_existingKey_rewritesOnlyThatLineAsKeyEqualsValue() {
    String result =
        edit(
            "[default]\nregion=us-east-1\noutput  =  json\n",
            d -> d.set(DEFAULT, "region", "eu-west-1"));

    assertThat(result).isEqualTo("[default]\nregion = eu-west-1\noutput  =  json\n");
  }

  @Test
  void set_existingKeyWithInlineComment_keepsTheComment() {
    String result =
        edit(
            "[default]\nregion = us-east-1   # home region\n",
            d -> d.set(DEFAULT, "region", "eu-west-1"));

    assertThat(result).isEqualTo("[default]\nregion = eu-west-1   # home region\n");
  }

  @Test
  void set_theValueTheSdkAlreadyReads_changesNothing() {
    String text = "[default]\n# note\nregion\t=\tus-east-1 ; c\n";

    assertThat(edit(text, d -> d.set(DEFAULT, "region", "us-east-1"))).isEqualTo(text);
  }

  @Test
  void set_keyInDuplicatedSections_rewritesTheOccurrenceTheSdkReads() {
    String text = "[profile dev]\nregion = a\n[profile dev]\nregion = b\nregion = c\n";

    assertThat(edit(text, d -> d.set(DEV, "region", "x")))
        .isEqualTo("[profile dev]\nregion = a\n[profile dev]\nregion = b\nregion = x\n");
  }

  @Test
  void set_whenProfileDefaultAndDefaultBothExist_editsProfileDefault() {
    String text = "[default]\nregion = a\n\n[profile default]\noutput = json\n";

    assertThat(edit(text, d -> d.set(DEFAULT, "region", "x")))
        .isEqualTo("[default]\nregion = a\n\n[profile default]\noutput = json\nregion = x\n");
  }

  @Test
  void set_keyWithContinuationLines_replacesThemAll() {
    String text = "[default]\nca_bundle = a\n  b\n  c\nregion = x\n";

    assertThat(edit(text, d -> d.set(DEFAULT, "ca_bundle", "z")))
        .isEqualTo("[default]\nca_bundle = z\nregion = x\n");
  }

  @Test
  void set_subPropertyKey_rewritesTheNestedLine() {
    String text = "[default]\ns3 =\n    max_concurrent_requests = 20 \n    max_queue_size = 1000\n";

    assertThat(edit(text, d -> d.set(DEFAULT, "s3.max_concurrent_requests", "50")))
        .isEqualTo(
            "[default]\ns3 =\n    max_concurrent_requests = 50\n    max_queue_size = 1000\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "R\n[default]\ncredential_process = x",
        "\nmax_concurrent_requests = 20",
        "R\r",
        "R\tS",
        "R\u0000",
        "R\u007F",
        "R\u0085x",
        "R\u2028credential_process = x",
        "R\u2029",
        "R\u00A0#x",
        "R\u3000x",
        "R\u202Ex",
        "R\uFEFF",
        "R\uD800"
      })
  void set_valueWithAControlCharacterOrLineBreak_isRefusedAndNothingChanges(String value) {
    AwsConfigDocument document = AwsConfigDocument.parse("[default]\nregion = x\n");

    assertThatThrownBy(() -> document.set(DEFAULT, "sso_role_name", value))
        .isInstanceOfSatisfying(
            InvalidEditException.class,
            e -> {
              assertThat(e.key()).isEqualTo("sso_role_name");
              assertThat(e.getMessage()).contains("U+").doesNotContain(value);
            });
    assertThat(document.render()).isEqualTo("[default]\nregion = x\n");
    assertThat(document.edits()).isEmpty();
  }

  // --- set: adding a key ---

  @Test
  void set_newKeyInSectionWithTrailingComment_goesBeforeTheComment() {
    String text = "[profile dev]\nregion = x\n# about prod\n\n[profile prod]\nregion = y\n";

    assertThat(edit(text, d -> d.set(DEV, "output", "json")))
        .isEqualTo(
            "[profile dev]\nregion = x\noutput = json\n# about prod\n\n[profile prod]\nregion = y\n");
  }

  @Test
  void set_newKeyAfterNestedBlock_goesAfterItsSubPropertyLines() {
    String text = "[default]\ns3 =\n  max_concurrent_requests = 20\n\n[profile dev]\n";

    assertThat(edit(text, d -> d.set(DEFAULT, "region", "x")))
        .isEqualTo(
            "[default]\ns3 =\n  max_concurrent_requests = 20\nregion = x\n\n[profile dev]\n");
  }

  @Test
  void set_newKeyInSectionWithoutKeys_goesRightAfterTheHeader() {
    String text = "[profile dev] ; my profile\n\n[profile prod]\n";

    assertThat(edit(text, d -> d.set(DEV, "region", "x")))
        .isEqualTo("[profile dev] ; my profile\nregion = x\n\n[profile prod]\n");
  }

  @Test
  void set_newKeyInDuplicatedSection_goesToItsLastBlock() {
    String text = "[profile dev]\na = 1\n\n[profile prod]\n\n[profile dev]\nb = 2\n\n[profile x]\n";

    assertThat(edit(text, d -> d.set(DEV, "c", "3")))
        .isEqualTo(
            "[profile dev]\na = 1\n\n[profile prod]\n\n[profile dev]\nb = 2\nc = 3\n\n[profile x]\n");
  }

  @Test
  void set_newKeyInCrlfFile_usesCrlf() {
    String text = "[default]\r\nregion = x\r\n\r\n[profile dev]\r\n";

    assertThat(edit(text, d -> d.set(DEFAULT, "output", "json")))
        .isEqualTo("[default]\r\nregion = x\r\noutput = json\r\n\r\n[profile dev]\r\n");
  }

  @Test
  void set_newKeyAfterLastLineWithoutNewline_endsThatLineFirstAndKeepsTheStyle() {
    assertThat(edit("[default]\nregion = x", d -> d.set(DEFAULT, "output", "json")))
        .isEqualTo("[default]\nregion = x\noutput = json");
    assertThat(edit("[default]\r\nregion = x", d -> d.set(DEFAULT, "output", "json")))
        .isEqualTo("[default]\r\nregion = x\r\noutput = json");
  }

  // --- set: adding a section ---

  @Test
  void set_newSection_isAppendedAfterOneBlankLine() {
    assertThat(edit("[default]\nregion = x\n", d -> d.set(DEV, "region", "y")))
        .isEqualTo("[default]\nregion = x\n\n[profile dev]\nregion = y\n");
  }

  @Test
  void set_newSectionWhenTheFileEndsWithABlankLine_addsNoSecondOne() {
    assertThat(edit("[default]\nregion = x\n\n", d -> d.set(DEV, "region", "y")))
        .isEqualTo("[default]\nregion = x\n\n[profile dev]\nregion = y\n");
  }

  @Test
  void set_newSectionInEmptyFile_hasNoBlankLine() {
    AwsConfigDocument document = AwsConfigDocument.empty();
    document.set(DEFAULT, "region", "x");
    document.set(SectionId.ssoSession("corp"), "sso_region", "y");
    document.set(SectionId.services("local"), "endpoint_url", "http://localhost:9000");
    document.set(DEV, "sso_session", "corp");

    assertThat(document.render())
        .isEqualTo(
            "[default]\nregion = x\n\n[sso-session corp]\nsso_region = y\n\n[services local]\n"
                + "endpoint_url = http://localhost:9000\n\n[profile dev]\nsso_session = corp\n");
    assertThat(SdkViews.sdk(document.render(), document)).isEqualTo(SdkViews.model(document));
  }

  @Test
  void set_newSectionInFileWithoutFinalNewline_endsTheLastLineAndKeepsNoFinalNewline() {
    assertThat(edit("[default]\r\nregion = x", d -> d.set(DEV, "region", "y")))
        .isEqualTo("[default]\r\nregion = x\r\n\r\n[profile dev]\r\nregion = y");
  }

  @Test
  void set_newSectionAfterCommentsOnly_addsABlankLine() {
    assertThat(edit("# my config", d -> d.set(DEFAULT, "region", "y")))
        .isEqualTo("# my config\n\n[default]\nregion = y");
  }

  @Test
  void set_keepsJapaneseTextAndTabs() {
    String text = "# 開発用の設定\n[profile dev]\t# 開発\nregion\t= ap-northeast-1\t; 東京\n";

    assertThat(edit(text, d -> d.set(DEV, "output", "json")))
        .isEqualTo(
            "# 開発用の設定\n[profile dev]\t# 開発\nregion\t= ap-northeast-1\t; 東京\noutput = json\n");
  }

  // --- set: what cannot be written ---

  @Test
  void set_nameTheSdkWouldIgnore_isRefused() {
    AwsConfigDocument document = AwsConfigDocument.empty();

    assertThatThrownBy(() -> document.set(SectionId.profile("my profile"), "region", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains a space");
    assertThatThrownBy(() -> document.set(DEFAULT, "in valid", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> document.set(DEFAULT, "a", " x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> document.set(DEFAULT, "a", "x # y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> document.set(DEFAULT, "a", "x\n\ny"))
        .isInstanceOf(InvalidEditException.class);
    assertThat(document.render()).isEmpty();
  }

  // --- remove ---

  @Test
  void remove_keyInEveryBlock_removesEveryOccurrenceWithItsContinuationLines() {
    String text =
        "[profile dev]\nregion = a\nb = 1\n[profile dev]\nregion = b\n  more\n# kept\nregion = c\n";

    assertThat(edit(text, d -> d.remove(DEV, "region")))
        .isEqualTo("[profile dev]\nb = 1\n[profile dev]\n# kept\n");
  }

  @Test
  void remove_absentKeyOrSection_changesNothing() {
    String text = "[profile dev]\nregion = a\n";

    assertThat(
            edit(
                text,
                d -> {
                  d.remove(DEV, "output");
                  d.remove(SectionId.profile("prod"), "region");
                  d.removeSection(SectionId.ssoSession("dev"));
                }))
        .isEqualTo(text);
  }

  @Test
  void remove_subPropertyKey_removesItsNestedLine() {
    String text = "[default]\ns3 =\n  a = 1\n  b = 2\n";

    assertThat(edit(text, d -> d.remove(DEFAULT, "s3.a"))).isEqualTo("[default]\ns3 =\n  b = 2\n");
  }

  @Test
  void remove_lastLineOfFileWithoutFinalNewline_keepsNoFinalNewline() {
    assertThat(edit("[default]\na = 1\nb = 2", d -> d.remove(DEFAULT, "b")))
        .isEqualTo("[default]\na = 1");
  }

  // --- removeSection ---

  @Test
  void removeSection_removesEveryBlockAndTheCommentsAboveIt_keepsTheNextSectionsComment() {
    String text =
        "[profile a]\nk = 1\n\n# dev, first part\n[profile dev]\nk = 2\n# end of dev\n\n# about b\n"
            + "[profile b]\nk = 3\n\n[profile dev]\nk = 4\n\n[profile c]\n";

    assertThat(edit(text, d -> d.removeSection(DEV)))
        .isEqualTo("[profile a]\nk = 1\n\n# about b\n[profile b]\nk = 3\n\n[profile c]\n");
  }

  @Test
  void removeSection_lastSection_undoesAddingIt() {
    for (String text :
        new String[] {"[default]\nregion = x\n", "[default]\r\nregion = x", "", "# only\n"}) {
      AwsConfigDocument document = AwsConfigDocument.parse(text);
      document.set(DEV, "region", "y");
      document.removeSection(DEV);

      assertThat(document.render()).isEqualTo(text);
    }
  }

  @Test
  void removeSection_default_removesBothKindsOfHeader() {
    String text = "[default]\na = 1\n\n[profile default]\nb = 2\n\n[profile dev]\nc = 3\n";

    assertThat(edit(text, d -> d.removeSection(DEFAULT))).isEqualTo("[profile dev]\nc = 3\n");
  }

  @Test
  void removeSection_keepsTheCommentsAtTheTopOfTheFile() {
    assertThat(
            edit("# my config\n[default]\na = 1\n\n[profile dev]\n", d -> d.removeSection(DEFAULT)))
        .isEqualTo("# my config\n[profile dev]\n");
  }
}
