package pressfacts.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Spark 3.5 on Java 17 needs java.base opened to it ({@code --add-opens=java.base/sun.nio.ch=...}
 * and others); {@code spark-submit} adds them itself. Started with a plain {@code java} command
 * without them, the job starts itself again in a child JVM with the same JVM options, class path
 * and arguments plus Spark's own list ({@link JavaModuleOptions}), and exits with the child's status.
 */
final class JavaOptions {
  private static final String RELAUNCHED = "pressfacts.spark.relaunched";

  private JavaOptions() {
  }

  static void relaunchWithModuleOptionsIfMissing(Class<?> main, String[] args) {
    if (Object.class.getModule().isOpen("sun.nio.ch", main.getModule()) || Boolean.getBoolean(RELAUNCHED)) {
      return;
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
    cmd.add("-D" + RELAUNCHED + "=true");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(Arrays.asList(args));
    try {
      Process p = new ProcessBuilder(cmd).inheritIO().start();
      System.exit(p.waitFor());
    } catch (IOException e) {
      System.err.println("pressfacts spark: cannot start java with Spark's --add-opens options (" + e.getMessage()
          + "); add them yourself: " + JavaModuleOptions.defaultModuleOptions());
      System.exit(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.exit(130);
    }
  }
}
