package dev.ssosetup.doctor;

import java.util.List;

/** One of doctor's checks: looks at the checkup and says what it found, in file order. */
interface Check {
  List<Finding> run(Checkup checkup);
}
