@echo off
rem Runs sso-setup from the jar that "mvnw package" builds, from any working folder.
rem The same JVM flags as bin/sso-setup (docs/decisions/0003-fast-start-up.md), without its
rem class-data-sharing archive: that one is checked before use by the POSIX launcher only.
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\target\sso-setup.jar"
if not exist "%JAR%" (
  echo sso-setup: %JAR% is missing. 1>&2
  echo Build it first: cd "%ROOT%" ^&^& mvnw.cmd -B package -DskipTests 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xms24m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
