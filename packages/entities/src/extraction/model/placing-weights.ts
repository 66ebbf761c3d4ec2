// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	2.38
dateline	-4
elsewhere	-6.39
ends=ababa	2.86
ends=airport	-7.6
ends=al-juma	5.39
ends=area	-4.72
ends=avenue	4.51
ends=barracks	-4.36
ends=bridge	7.02
ends=camp	2.27
ends=chad	-3.18
ends=checkpoint	-4.98
ends=church	-1.46
ends=city	2.92
ends=county	-5.4
ends=dam	-4.24
ends=division	-1.26
ends=dos	4.87
ends=east	-0.96
ends=fasher	1.44
ends=hall	-1.89
ends=highway	-8.77
ends=hospital	-9.46
ends=kivu	-0.66
ends=kordofan	-0.25
ends=market	9.95
ends=mosque	6.61
ends=nile	-3.3
ends=province	-3.18
ends=region	-7.05
ends=river	-9.55
ends=road	-3.92
ends=sea	-3.95
ends=shabelle	-0.86
ends=square	0.78
ends=state	-8.59
ends=street	-6.27
ends=sudan	-4.19
ends=sur	-6.97
ends=township	-4.13
ends=valley	-1.97
ends=zone	-3.59
headlineOnly	0.21
insidePick	1.03
inside|besidePick	-0.02
inside|bias	1.03
inside|ends=area	-0.87
inside|ends=highway	-1.9
inside|ends=hospital	-3.63
inside|ends=market	3.18
inside|ends=road	-1.4
inside|headlineOnly	-4.07
inside|kind=admin1	-3.66
inside|kind=city	6.22
inside|kind=site	0.24
inside|locative	-0.28
inside|mentions=1	-3.9
inside|mentions=2	2.53
inside|mentions=3	2.4
inside|named	1.54
inside|near	3.67
inside|next=and	-6.09
inside|next=area	3.69
inside|next=at	4.36
inside|next=in	8.78
inside|next=near	-1.9
inside|next=of	-1.75
inside|next=on	-0.95
inside|next=province	-0.78
inside|next=region	0.98
inside|next=said	-4.75
inside|next=who	0.63
inside|origin	-6.98
inside|prev2=at the	3.99
inside|prev2=in the	0.46
inside|prev2=on the	-1.58
inside|prev=and	-2.46
inside|prev=at	-7.02
inside|prev=in	0.16
inside|prev=of	-1.88
inside|prev=the	-4.61
inside|prev=to	-1.29
inside|rank<=1	2.52
inside|rank<=2	2.66
inside|rank<=4	-3.89
inside|rank>4	-0.27
inside|sentence<=0	-2.01
inside|sentence<=1	1.39
inside|sentence<=2	2.41
inside|sentence<=3	-3.07
inside|sentence<=5	3.34
inside|sentence<=8	1.53
inside|sentence>8	-6.99
inside|untold	4.42
inside|weight<=0	4.42
inside|weight<=1	0.98
inside|weight<=12	-2.06
inside|weight<=2	-1.14
inside|weight<=4	0.58
inside|weight<=7	-2.89
inside|weight>12	1.13
kind=admin1	-6.78
kind=admin2	-1.26
kind=city	-0.63
kind=region	2.66
kind=site	6.01
locative	-1.84
mentions=1	-2.51
mentions=2	-0.21
mentions=3	2.72
named	-1.95
near	-4.31
next='s	-11.63
next=-	2.54
next=a	12.09
next=about	0.47
next=according	6.28
next=afp	-5.33
next=after	1.95
next=also	-0.26
next=an	-0.92
next=and	-1.81
next=area	9.59
next=around	5.49
next=as	6.9
next=at	4.62
next=by	0.94
next=community	3.61
next=concert	-1.89
next=department	-3.35
next=district	-4.88
next=during	-2.64
next=early	-10.96
next=for	6.94
next=forest	-0.95
next=from	5.28
next=had	-0.91
next=have	1.37
next=he	-3.89
next=in	4.4
next=is	5.21
next=killed	-0.71
next=killing	-3.56
next=kills	3.62
next=last	-3.16
next=late	-1.87
next=leaving	4.15
next=mountains	-0.76
next=near	1.1
next=neighbourhood	4.2
next=north	1.81
next=of	-8.23
next=officials	3.26
next=on	2.33
next=one	-2.37
next=police	-0.23
next=prefecture	-1.19
next=province	-3.42
next=region	-12.52
next=regional	-1.92
next=residents	-0.57
next=road	-0.62
next=said	1.83
next=sector	2.41
next=shortly	-3.28
next=since	3.43
next=some	3.96
next=south	0.91
next=state	-2.39
next=tehsil	-1.68
next=territory	-2.24
next=that	-0.72
next=the	-1.32
next=they	0.49
next=this	-5.03
next=through	-0.82
next=to	4.65
next=told	-0.93
next=town	2.05
next=township	-1.28
next=two	-4.71
next=village	11.55
next=was	0.08
next=we	-0.76
next=were	-6.43
next=west	-0.46
next=when	-4.44
next=where	4.48
next=which	-4.68
next=while	-4.46
next=who	2.18
next=with	0.19
next=’s	-5.07
origin	-6.59
pick|bias	4.74
pick|dateline	0.57
pick|kind=city	2.07
pick|locative	0.35
pick|mentions=1	3.19
pick|mentions=2	2.95
pick|mentions=3	-1.4
pick|named	0.52
pick|near	-0.29
pick|next='s	-10.07
pick|next=a	-4.38
pick|next=and	5.37
pick|next=by	2.02
pick|next=district	3.39
pick|next=in	2.39
pick|next=killed	-0.71
pick|next=late	1.13
pick|next=on	1.44
pick|next=the	2.45
pick|next=town	4.56
pick|next=village	-0.12
pick|origin	3.75
pick|prev2=area of	-0.16
pick|prev2=city of	1.24
pick|prev2=control of	2.81
pick|prev2=district of	-3.37
pick|prev2=in the	-1.16
pick|prev2=market in	1.3
pick|prev2=municipality of	-3.81
pick|prev2=town of	2.61
pick|prev2=village of	7.38
pick|prev=at	-0.32
pick|prev=in	-1.79
pick|prev=near	-3.37
pick|prev=of	3.19
pick|prev=on	1.02
pick|prev=the	2.9
pick|prev=to	-2.92
pick|rank<=0	0.33
pick|sentence<=0	2.36
pick|sentence<=1	-0.97
pick|sentence<=2	-3.94
pick|sentence<=3	-3.98
pick|sentence<=5	-1.15
pick|sentence>8	1.54
pick|settlement	-2.06
pick|weight<=1	-0.42
pick|weight<=12	-2.56
pick|weight<=2	-1.33
pick|weight<=4	0.52
pick|weight<=7	2.86
pick|weight>12	1.26
prev2=across the	-2.33
prev2=along the	-2.21
prev2=and the	-8.14
prev2=area of	-1.16
prev2=around the	0.9
prev2=as its	-1.7
prev2=at the	2.16
prev2=attack on	5.97
prev2=base in	0.39
prev2=building on	2.18
prev2=capital of	1.55
prev2=church in	-1.64
prev2=city of	-3
prev2=clash in	-6.61
prev2=community in	-1.67
prev2=community of	11.85
prev2=conference in	-4.25
prev2=control of	8.84
prev2=department of	-3.37
prev2=direction of	-1.54
prev2=district of	-3.37
prev2=fighting in	-1.6
prev2=forces in	7.82
prev2=from the	-8.42
prev2=government in	-0.93
prev2=held in	-0.32
prev2=hospital in	-7.55
prev2=house in	7.49
prev2=in colombia's	-4.78
prev2=in nearby	-1.98
prev2=in the	1.81
prev2=issued in	-0.82
prev2=market in	1.58
prev2=mosque in	3.05
prev2=municipality of	-6.87
prev2=near the	-4.65
prev2=north of	-6.39
prev2=of the	1.17
prev2=office in	-1.61
prev2=on the	-4.01
prev2=operations in	4.78
prev2=outside the	6.48
prev2=outskirts of	6.35
prev2=parts of	-0.78
prev2=people in	-8.35
prev2=police in	-4.74
prev2=port of	1.57
prev2=post in	-2.65
prev2=province of	3.08
prev2=provincial capital	-4.52
prev2=reporters in	-0.94
prev2=road between	-0.91
prev2=said in	-0.82
prev2=signed in	0.6
prev2=south of	-4.57
prev2=state capital	-2.49
prev2=state of	-4.23
prev2=station in	1.72
prev2=strike on	-0.72
prev2=struck the	7.46
prev2=taken to	-1
prev2=the capital	-0.41
prev2=the city's	-2.69
prev2=the nearby	-0.91
prev2=the neighbouring	-0.81
prev2=to the	-4.95
prev2=towards the	-6.17
prev2=town in	-0.66
prev2=town of	4.45
prev2=towns of	-2.23
prev2=treated at	-2.67
prev2=village in	2.71
prev2=village of	9.54
prev2=villages of	-1.81
prev2=west of	-2.33
prev=across	-1.14
prev=along	-2.14
prev=and	-10.43
prev=around	9.73
prev=at	8.78
prev=attacked	10.1
prev=between	6.48
prev=capital	-2.49
prev=central	7.01
prev=city's	-2.69
prev=colombia's	-4.78
prev=eastern	1.65
prev=for	-5.52
prev=from	-4.16
prev=hit	2.8
prev=in	2.47
prev=including	-1.67
prev=its	-1.7
prev=linking	-0.51
prev=near	6.74
prev=nearby	-2.89
prev=neighbouring	-0.81
prev=occupied	-1.71
prev=of	0.25
prev=on	-2.4
prev=say	-1.82
prev=says	-0.58
prev=southern	-0.78
prev=sudan's	-0.25
prev=the	2.43
prev=to	0.51
prev=towards	-6.97
prev=village	-1.8
prev=western	-5.24
prev=with	4.22
rank<=0	-4.08
rank<=1	2.68
rank<=2	1.46
rank<=4	0.49
rank>4	-0.55
rule-pick	4.74
sentence<=0	3.38
sentence<=1	4.21
sentence<=2	9.03
sentence<=3	6.2
sentence<=5	-2.54
sentence<=8	-6.58
sentence>8	-12.87
settlement	5.68
untold	-0.83
weight<=0	-0.83
weight<=1	2.16
weight<=12	-0.78
weight<=2	1.3
weight<=4	1.78
weight<=7	-2.69
weight>12	-0.93
`;
