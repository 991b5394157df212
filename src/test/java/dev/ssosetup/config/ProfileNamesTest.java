package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileNamesTest {

  @Test
  void problem_namesTheSdkAccepts_isNull() {
    for (String name :
        new String[] {"default", "dev", "AdministratorAccess-123456789012", "a/b.c%d@e_f:g+h-i"}) {
      assertThat(ProfileNames.problem(name)).as(name).isNull();
    }
  }

  @Test
  void problem_namesTheSdkWouldIgnore_sayWhy() {
    assertThat(ProfileNames.problem("")).hasToString("is empty");
    assertThat(ProfileNames.problem(null)).hasToString("is empty");
    assertThat(ProfileNames.problem(" dev")).hasToString("starts with whitespace");
    assertThat(ProfileNames.problem("dev\t")).hasToString("ends with whitespace");
    assertThat(ProfileNames.problem("de[v")).hasToString("contains '['");
    assertThat(ProfileNames.problem("dev]")).hasToString("contains ']'");
    assertThat(ProfileNames.problem("a#b")).hasToString("contains '#'");
    assertThat(ProfileNames.problem("a;b")).hasToString("contains ';'");
    assertThat(ProfileNames.problem("a\nb")).hasToString("contains a line break");
    assertThat(ProfileNames.problem("my profile")).hasToString("contains a space");
    assertThat(ProfileNames.problem("foo!bar")).hasToString("contains '!'");
    assertThat(ProfileNames.problem("開発")).hasToString("contains '開'");
    assertThat(ProfileNames.problem("a\u0007")).hasToString("contains the character U+0007");
  }

  @Test
  void problem_agreesWithTheSdk() {
    for (String name : new String[] {"ok-name", "bad name", "bad!", "x:y+z", "a=b", "é"}) {
      boolean sdkReadsIt =
          AwsConfigDocument.parse("[profile " + name + "]\n").profileNames().contains(name)
              && SdkViews.sdk("[profile " + name + "]\n").containsKey(SectionId.profile(name));
      assertThat(ProfileNames.problem(name) == null).as(name).isEqualTo(sdkReadsIt);
    }
  }
}
