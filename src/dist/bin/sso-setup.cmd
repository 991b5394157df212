@echo off
rem Runs an installed sso-setup release from any working folder. The archive with a runtime brings
rem its own Java in runtime\ (and, where it was made, a class-data-sharing archive for it); the
rem archive without one runs on %JAVA_HOME%, else the java on PATH (Java 17 or newer).
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\lib\sso-setup.jar"
set "FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -Xms24m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
if not exist "%ROOT%\runtime\bin\java.exe" goto plain
if exist "%ROOT%\lib\sso-setup.jsa" set FLAGS=%FLAGS% -Xshare:auto "-XX:SharedArchiveFile=%ROOT%\lib\sso-setup.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
"%ROOT%\runtime\bin\java.exe" %FLAGS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:plain
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %FLAGS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
