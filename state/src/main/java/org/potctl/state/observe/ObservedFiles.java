package org.potctl.state.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.potctl.state.files.FileRequest;

/**
 * Every file and directory one observation reads below {@code POT_FS_ROOT} and pot's {@code etc}
 * directories, announced up front with {@link org.potctl.state.files.HostFiles#prefetch} so a
 * remote host answers them all in one round trip.
 */
final class ObservedFiles {

  private ObservedFiles() {}

  static List<FileRequest> requests(String fsRoot, Optional<String> flavourDir) {
    String root =
        fsRoot.length() > 1 && fsRoot.endsWith("/")
            ? fsRoot.substring(0, fsRoot.length() - 1)
            : fsRoot;
    List<FileRequest> requests = new ArrayList<>();
    requests.add(FileRequest.eachSubdirectory(root + "/jails", "conf/pot.conf"));
    requests.add(FileRequest.eachSubdirectory(root + "/jails", "conf/fscomp.conf"));
    for (String type : PotFiles.HOOK_TYPES) {
      requests.add(FileRequest.eachSubdirectory(root + "/jails", PotFiles.hookFile(type)));
    }
    requests.add(FileRequest.directory(root + "/bridges"));
    List<String> flavourDirs = new ArrayList<>();
    if (flavourDir.isPresent()) {
      flavourDirs.add(flavourDir.get());
    } else {
      int slash = root.lastIndexOf('/');
      flavourDirs.add((slash > 0 ? root.substring(0, slash) : "") + "/etc/pot/flavours");
      flavourDirs.add("/usr/local/etc/pot/flavours");
    }
    for (String dir : flavourDirs) {
      requests.add(FileRequest.directory(dir));
      int slash = dir.lastIndexOf('/');
      String etc = slash > 0 ? dir.substring(0, slash) : "/usr/local/etc/pot";
      requests.add(FileRequest.file(etc + "/pot.default.conf"));
      requests.add(FileRequest.file(etc + "/pot.conf"));
    }
    return requests;
  }
}
