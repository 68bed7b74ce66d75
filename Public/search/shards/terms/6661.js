folioSearch("terms/6661",{"terms":{"fabricators":[4],"fair":[18],"fall":[18],"fallen":[14],"familiar":[43],"fast":[19],"faster":[18]}});
