@echo off
rem Runs sso-setup from the jar that "mvnw package" builds, from any working folder.
rem A class-data-sharing archive made at build time shortens start-up; a missing or stale one is ignored.
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
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto "-XX:SharedArchiveFile=%ROOT%\target\sso-setup.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JAR%" %*
exit /b %ERRORLEVEL%
