package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An application server loads the library in its own class loader and parses on pooled threads that
 * outlive the application. Once the application is gone, nothing may keep its classes alive: no
 * thread-local cache of lexers and parsers on the pool's threads.
 */
class ClassLoaderLeakTest {

  /** Loads the library (and ANTLR) itself instead of asking its parent first. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (name.startsWith("io.github.wsisdata.parser") || name.startsWith("org.antlr.")) {
          Class<?> c = findLoadedClass(name);
          if (c == null) {
            c = findClass(name);
          }
          return c;
        }
        return super.loadClass(name, resolve);
      }
    }
  }

  private static URL jarOf(String resource) throws Exception {
    String url = ClassLoader.getSystemResource(resource).toString();
    return new URL(url.substring("jar:".length(), url.indexOf("!/")));
  }

  /** Parses the bundled page on the pool's thread with a library loaded by its own loader. */
  private static WeakReference<ClassLoader> parseInAnApplication(ExecutorService pool)
      throws Exception {
    URL[] urls = {
      Path.of("target", "classes").toUri().toURL(), jarOf("org/antlr/v4/runtime/Lexer.class")
    };
    ChildFirst loader = new ChildFirst(urls, ClassLoaderLeakTest.class.getClassLoader());
    Class<?> parser = loader.loadClass(WsisParser.class.getName());
    assertEquals(loader, parser.getClassLoader());
    String page = Files.readString(SeedPageTest.SEED);
    int meetings =
        pool.submit(
                () -> {
                  Object doc = parser.getMethod("parseText", CharSequence.class).invoke(null, page);
                  return ((List<?>) doc.getClass().getMethod("meetings").invoke(doc)).size();
                })
            .get(60, TimeUnit.SECONDS);
    assertEquals(28, meetings);
    loader.close();
    return new WeakReference<>(loader);
  }

  @Test
  void aPooledThreadKeepsNothingOfTheLibraryAfterAParse() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      WeakReference<ClassLoader> application = parseInAnApplication(pool);
      for (int i = 0; i < 100 && application.get() != null; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertNull(application.get(), "the library's class loader is still reachable");
    } finally {
      pool.shutdownNow();
    }
  }
}
