# packaging.cmake — what `cmake --install` puts where, beyond the binary and
# the scenarios, and the Debian package built from it with CPack:
#
#   cmake -S . -B build-deb -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build-deb -j2
#   (cd build-deb && cpack -G DEB)          # -> unhooked_VERSION_ARCH.deb
#
# The package installs under /usr, and the scenarios' location is compiled
# into the binary, so a package can only be made from a tree configured
# with CMAKE_INSTALL_PREFIX=/usr (cpack says so otherwise).
# /etc/unhooked/config.json is installed at its absolute path whatever the
# prefix; `cmake --install` never overwrites one that is already there (it
# may hold the admin PIN), the package marks it as a conffile.

set(UH_PKG ${PROJECT_SOURCE_DIR}/packaging)
set(UH_SYSTEMD_UNIT_DIR "lib/systemd/system")  # under the prefix; systemd reads /usr/local/lib too

# The unit names the binary and the docs by their installed paths.
file(READ ${UH_PKG}/systemd/unhooked-kiosk.service _unit)
string(REPLACE "/usr/bin/unhooked" "${CMAKE_INSTALL_FULL_BINDIR}/unhooked" _unit "${_unit}")
string(REPLACE "/usr/share/doc/unhooked" "${CMAKE_INSTALL_FULL_DOCDIR}" _unit "${_unit}")
string(REPLACE "/usr/libexec/unhooked" "${CMAKE_INSTALL_FULL_LIBEXECDIR}/unhooked" _unit "${_unit}")
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/packaging/unhooked-kiosk.service
     CONTENT "${_unit}" @ONLY)
file(READ ${UH_PKG}/kiosk/unhooked-kiosk.desktop _xsession)
string(REPLACE "/usr/libexec/unhooked" "${CMAKE_INSTALL_FULL_LIBEXECDIR}/unhooked" _xsession "${_xsession}")
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/packaging/unhooked-kiosk.desktop
     CONTENT "${_xsession}" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${UH_PKG}/systemd/unhooked-kiosk.service ${UH_PKG}/kiosk/unhooked-kiosk.desktop)

install(FILES ${UH_PKG}/unhooked.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${UH_PKG}/unhooked.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_BINARY_DIR}/packaging/unhooked-kiosk.service
        DESTINATION ${UH_SYSTEMD_UNIT_DIR})
install(PROGRAMS ${UH_PKG}/kiosk/kiosk-session DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/unhooked)
# Examples for a kiosk machine, copied into place by its administrator (they
# change the whole machine, so the package does not install them live).
install(FILES ${UH_PKG}/kiosk/10-unhooked-kiosk.conf ${UH_PKG}/kiosk/lightdm-unhooked-kiosk.conf
              ${PROJECT_BINARY_DIR}/packaging/unhooked-kiosk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/unhooked/kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/docs/deployment.md ${UH_PKG}/configuration.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${UH_PKG}/config.json DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME config.json.default)
# The web player (tools/web.sh builds it into build-web/player), for
# `unhooked package`; left out when the web build was not made.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/build-web/player/ DESTINATION ${CMAKE_INSTALL_DATADIR}/unhooked/web
        OPTIONAL)

# /etc/unhooked/config.json: the defaults, spelt out. Readable by all until
# a PIN is set (the self-paced program on a desktop reads it too); set-pin
# then narrows it to owner and group.
install(CODE "
  set(_cfg \"\$ENV{DESTDIR}/etc/unhooked/config.json\")
  if(EXISTS \"\${_cfg}\")
    message(STATUS \"Keeping: \${_cfg} (defaults: ${CMAKE_INSTALL_FULL_DOCDIR}/config.json.default)\")
  else()
    file(INSTALL DESTINATION \"/etc/unhooked\" TYPE FILE  # DESTDIR is added by file(INSTALL)
         PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
         FILES \"${UH_PKG}/config.json\")
  endif()")

# ---------------------------------------------------------------------
# The Debian package
# ---------------------------------------------------------------------

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME unhooked)
set(CPACK_PACKAGE_VENDOR "Unhooked")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "counterintelligence-awareness training kiosk")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR ON)  # so /etc/unhooked lands in the package, not on this machine
set(CPACK_STRIP_FILES ON)
set(CPACK_UNHOOKED_CONFIGURED_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_PROJECT_CONFIG_FILE ${UH_PKG}/cpack_project.cmake)

set(UNHOOKED_MAINTAINER "Unhooked maintainers <unhooked@example.org>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_NAME unhooked)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${UNHOOKED_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Unhooked plays short scripted scenarios in which a trainee is approached
the way foreign intelligence services approach employees (a LinkedIn
contact, a paid research paper, a conference invitation, a honey trap)
and scores whether, how early and how well the approach is reported to
corporate security. It runs in a window, full-screen as a locked-down
kiosk under systemd, or led by a facilitator, and keeps results in a
local SQLite database with reports, exports and xAPI sync.")
# Versioned library dependencies come from dpkg-shlibdeps when it is there;
# otherwise this list, which is what the binary links on Debian 12.
find_program(UH_DPKG_SHLIBDEPS dpkg-shlibdeps)
set(UH_DEB_LIBS "libsdl2-2.0-0, libsdl2-ttf-2.0-0, liblua5.4-0, libcjson1, libsqlite3-0, libcurl4, libcrypt1, libmd0, libsystemd0, libpng16-16, libx11-6, libxrandr2, libzip4, libc6")
if(UH_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core | fonts-dejavu-core, adduser")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${UH_DEB_LIBS}, fonts-noto-core | fonts-dejavu-core, adduser")
endif()
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nodm | lightdm, x11-xserver-utils, xserver-xorg")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${UH_PKG}/debian/conffiles ${UH_PKG}/debian/postinst ${UH_PKG}/debian/prerm
    ${UH_PKG}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
