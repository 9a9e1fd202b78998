"""The templates of a generated package, and in `static/` the modules every package
gets as they are: package data of botogen, shipped as `generator.templates`."""
