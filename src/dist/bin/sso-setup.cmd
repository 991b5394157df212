@echo off
rem Runs an installed sso-setup release from any working folder. The archive with a runtime brings
rem its own Java in runtime\ and a class-data-sharing archive made for it; the archive without one
rem runs on %JAVA_HOME%, else the java on PATH (Java 17 or newer).
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\lib\sso-setup.jar"
if not exist "%ROOT%\runtime\bin\java.exe" goto plain
"%ROOT%\runtime\bin\java.exe" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xshare:auto "-XX:SharedArchiveFile=%ROOT%\lib\sso-setup.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:plain
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -jar "%JAR%" %*
exit /b %ERRORLEVEL%
