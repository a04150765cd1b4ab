if x:
	pass
	if y:
		pass

for i in x:
        pass
        
	
while y:
  	pass
