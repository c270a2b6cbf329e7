import Runtime
print("lesson (readline \(RuntimeModule.readlineVersion)): under construction")
